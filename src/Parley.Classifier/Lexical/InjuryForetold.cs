using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's injury foretold to a person (<see cref="ThreatIntent.FindRule"/>): "Keep talking and you'll wake up
/// in hospital.", "That goalkeeper is getting glassed next time he's in a pub round here.", "You won't leave the ground
/// in one piece.", "Your mum won't recognise you when I'm done." Fresh writers threatened a person this way more often
/// than with a violent verb of their own (session 15's development set: about a fifth of its missed threats), and the
/// heads scored such sentences 0.03–0.20. The same futures are also a friend's worry ("You'll end up in hospital if you
/// keep drinking like that") and sport's ("He's getting battered out there"), so the destination or the injury counts
/// only with a sign of the writer's hand: the writer in the sentence ("when I'm done", "when I see you"), a condition
/// on what the victim says or does ("keep talking", "say that again", "come near my son"), or "on sight"; and never with
/// a cause of its own (drink, an operation, a fall, the roads).
/// </summary>
internal static class InjuryForetold
{
    /// <summary>The foretelling's tokens and its victim, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        // Every shape needs "getting", a future ("'ll", "will", "gonna", "going") or "won't"; most comments have none, and
        // the per-token victim search below costs more than this scan.
        if (!Sentences.AnyToken(text, count, static t => t is "getting" or "gettin" or "ll" or "will" or "gonna" or "going" or "won"
                or "wont" or "shall" or "d"))
        {
            return null;
        }

        for (var i = 0; i + 2 < count; i++)
        {
            if (!IsVictim(text, lexicon, i))
            {
                continue;
            }

            // An injury under way ("is getting glassed") needs less of the writer's hand than a destination ("will end up in
            // hospital"), which is as often a friend's worry or a doctor's forecast.
            var injured = Injured(text, i + 1, count);
            var last = injured ?? Destination(text, i + 1, count) ?? NotInOnePiece(text, i + 1, count);
            if (last is { } end && WritersHand(text, i, end, count, strong: injured is null) && !OtherCause(text, i, count)
                && !ReportedSpeech.IsReported(text, i)
                && !GroupPredicate.ReportedAfter(text, end, count) && !Sentences.EndsInQuestion(text, end, count))
            {
                return (i, end, i);
            }
        }

        return null;
    }


    // The reader, a third person, or a person named by role ("that goalkeeper", "the ref"); not "it", "they" (teams).
    private static bool IsVictim(NormalizedText text, Lexicon lexicon, int i)
    {
        var t = text.TokenText(i);
        return t is "you" or "u" or "ya" or "ur" or "he" or "she" || (t is "mum" or "mother" or "wife" or "family" && i > 0 && text.TokenText(i - 1) is "your") || ThreatIntent.IsRole(t) || t is "keeper" or "goalkeeper" or "striker"
            or "winger" or "manager" or "bloke" or "lad" or "fella";
    }

    // "'ll / will / are going to / gonna (be | end up | wake up | be leaving | leave) in hospital / A&E / intensive care /
    // a wheelchair / traction / a body bag / the morgue / a coffin / on a stretcher". Returns the place's token.
    private static int? Destination(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var v = Future(text, k, count);
        if (v < 0)
        {
            return null;
        }

        // "you'll need dental records to be identified / a new face"; "you'll be picking your teeth up off the floor",
        // "sipping soup through a tube"
        if (At(v) is "need" && ((At(v + 1) is "dental" && At(v + 2) is "records") || (At(v + 1) is "a" && At(v + 2) is "new" && At(v + 3) is "face" or "jaw")))
        {
            return At(v + 1) is "dental" ? v + 2 : v + 3;
        }

        if (At(v) is "be" && At(v + 1) is "picking" && At(v + 2) is "your" or "his" or "her" or "ur" && At(v + 3) is "teeth")
        {
            return v + 3;
        }

        if (At(v) is "be" && At(v + 1) is "eating" or "sipping" or "drinking")
        {
            for (var m = v + 2; m < Math.Min(count, v + 6); m++)
            {
                if (At(m) is "through" && At(m + 1) is "a" && At(m + 2) is "straw" or "tube")
                {
                    return m + 2;
                }
            }

            return null;
        }

        if (At(v) is "end" or "wake" && At(v + 1) is "up")
        {
            v += 2;
        }
        else if (At(v) is "be" && At(v + 1) is "leaving" or "going" or "waking" or "ending")
        {
            v += At(v + 1) is "waking" or "ending" && At(v + 2) is "up" ? 3 : At(v + 1) is "going" && At(v + 2) is "home" ? 3 : 2;
        }
        else if (At(v) is "be" or "leave" or "go")
        {
            v += At(v) is "go" && At(v + 1) is "home" ? 2 : 1;
        }
        else
        {
            return null;
        }

        if (At(v) is not ("in" or "on" or "into"))
        {
            return null;
        }

        var p = v + 1;
        while (At(p) is "a" or "an" or "the" or "intensive" or "body" or "neck" or "full")
        {
            p++;
        }

        var place = At(p);
        // ("in A&E": the ampersand splits it, and the loop above has passed its "a"; not "in care", "in a cast", which are
        // where age and sport put people)
        return (place is "hospital" or "icu" or "casualty" or "wheelchair" or "traction" or "coma" or "bag" or "morgue" or "mortuary"
                   or "coffin" or "stretcher" || (place is "care" && At(p - 1) is "intensive") || (place is "e" && At(p - 1) is "a"))
            ? p : null;
    }

    // "is getting glassed / stabbed / his head kicked in", "are getting battered": an injury under way or due.
    private static int? Injured(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var g = At(k) is "s" or "is" or "re" or "are" or "r" or "gets" or "get" ? k + 1 : At(k - 1) is "ur" ? k : -1; // "ur getting"
        if (g < 0 || At(g) is not ("getting" or "gettin"))
        {
            return null;
        }

        var w = At(g + 1);
        if (w is "glassed" or "stabbed" or "shanked" or "merked" or "knifed" or "kneecapped" or "battered" or "shot" or "jumped" or "decked"
            or "stomped" or "stamped" or "throttled" or "strangled" or "lynched")
        {
            var after = At(g + 2);
            // What may follow the injury: the clause's end, a time or a place ("next time", "tonight", "on sight", "outside",
            // "in the car park"); not "shot in the studio", "decked out", "battered fish", "shot at".
            if (!(after.IsEmpty || text.GapBefore(g + 2).IndexOf(',') >= 0 || after is "next" or "tonight" or "tomorrow" or "when" or "if"
                    or "on" or "the" or "as" or "outside" or "soon" or "again" or "once" or "before" or "after" or "round"
                    or "proper" or "badly" or "and"
                    // "in the pub / car park / street", "in the face"; not "shot in the studio", "knifed in the kitchen"
                    || (after is "in" && At(g + 3) is "the" or "a" or "his" or "her" or "your"
                        && (ThreatIntent.IsBodyPart(At(g + 4)) || At(g + 4) is "pub" or "street" or "car" or "alley" or "park" or "toilets"))))
            {
                return null;
            }

            // "battered by the critics", "shot for the cover", "stabbed in the back", "jumped on", "battered 4-0"
            // ("shot of" is rid of; "knifed in the papers", "battered in the polls" are words)
            return after is "by" or "for" or "with" or "of" || (after is "on" && At(g + 3) is not "sight") || (after is "in" && At(g + 4) is "back")
                   || (after is "in" && At(g + 4) is "papers" or "press" or "polls" or "media" or "headlines" or "ratings" or "tabloids" or "debate")
                   || ((w is "battered" or "shot" or "jumped" or "decked") && ViolentDue.Contest(text, g + 2, count))
                ? null : g + 1;
        }

        // "getting his head kicked in", "getting your legs broken"
        return w is "his" or "her" or "your" or "ur" && ThreatIntent.IsBodyPart(At(g + 2))
               && At(g + 3) is "kicked" or "smashed" or "caved" or "broken" or "snapped" or "stoved" or "punched" or "booted"
            ? g + 3 : null;
    }

    // "won't leave (the ground / here) in one piece / alive / breathing", "won't walk away from it".
    private static int? NotInOnePiece(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var v = At(k) is "won" && At(k + 1) is "t" ? k + 2 : At(k) is "wont" ? k + 1
            : At(k) is "will" or "ll" or "d" && At(k + 1) is "not" or "never" ? k + 2 : -1;
        // "Your mum won't recognise you when I'm done", "he won't walk again"
        if (v >= 0 && At(v) is "recognise" or "recognize" && At(v + 1) is "you" or "him" or "her" or "u")
        {
            return v + 1;
        }

        if (v >= 0 && At(v) is "walk" && At(v + 1) is "again")
        {
            return v + 1;
        }

        // (not "won't come out of this alive", "won't get out of January alive": a career's survival)
        if (v < 0 || At(v) is not ("leave" or "walk" or "make" or "go" or "get") || (At(v) is "make" or "get" && At(v + 1) is not ("it" or "home"))
            || (At(v + 1) is "out" && At(v + 2) is "of" && At(v + 3) is "this" or "january" or "february" or "march" or "office" or "power"))
        {
            return null;
        }

        for (var m = v + 1; m < Math.Min(count, v + 7) && !Sentences.BreakBefore(text, m); m++)
        {
            if ((At(m) is "piece" && At(m - 1) is "one" && At(m - 2) is "in") || At(m) is "alive" or "breathing" or "upright")
            {
                return m;
            }
        }

        return null;
    }

    // The future's verb after the victim: "'ll", "will", "are going to", "re gonna", "is gonna"; -1 otherwise.
    private static int Future(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        if (At(k) is "ll" or "will" or "shall")
        {
            return At(k + 1) is "soon" or "probably" or "definitely" ? k + 2 : k + 1;
        }

        var g = At(k) is "re" or "are" or "s" or "is" or "r" ? k + 1 : k;
        return At(g) is "gonna" ? g + 1 : At(g) is "going" && At(g + 1) is "to" ? g + 2 : -1;
    }

    // The writer's hand, in the victim's sentence or the one before it. Strong: a condition on the victim's own words or
    // deeds that opens its clause and leads into the threat ("Keep talking and …", "Say that again and …", "Come near my
    // son again and …", "Show your face round here and …", "Cross me and …", "Touch my car again and …"), or the writer
    // acting on the victim ("when I find you", "when I'm done with you", "I know where you live"). Weak, enough for an
    // injury under way: also "on sight", "next time he's in …", "when I see him". Not "mark my words" (a forecast), "keep
    // talking to him" (a nurse's advice), "show your face at the fundraiser", "cross my heart".
    private static bool WritersHand(NormalizedText text, int first, int last, int count, bool strong)
    {
        // (the victim's own sentence: not "Thanks for the messages, keep posting them. He'll be in intensive care a while")
        var sentence = Sentences.Start(text, first);
        var from = sentence > 0 ? Sentences.Start(text, sentence - 1) : 0;
        ReadOnlySpan<char> At(int j) => j < count && j >= 0 ? text.TokenText(j) : default;
        for (var k = from; k < count && (k <= last || !Sentences.BreakBefore(text, k)); k++)
        {
            var t = At(k);
            var next = At(k + 1);
            var third = At(k + 2);
            var writer = t is "i" or "we" or "im";
            var afterCondition = writer && At(k - 1) is "when" or "if" or "once" or "till" or "until" or "time";
            var victimNext = third is "you" or "u" or "ya" or "him" or "her";
            var opens = k == 0 || Sentences.BreakBefore(text, k) || text.GapBefore(k).IndexOf(',') >= 0;
            var here = k >= sentence;
            if ((here && afterCondition && next is "find" or "catch" && victimNext)
                || (here && afterCondition && (next is "done" or "finished" || (next is "m" or "am" or "re" && third is "done" or "finished" or "through"))
                    && DoneWithVictim(text, next is "done" or "finished" ? k + 2 : k + 3, count))
                || (writer && next is "know" && third is "where" && At(k + 3) is "you" or "u" or "he" or "she" or "your" or "ur"
                    && At(k + 4) is "live" or "lives" or "work" or "works" or "sleep" or "sleeps")
                || (here && opens && LeadsIn(text, k, first, count)
                    && ((t is "keep" && next is "talking" or "posting" or "writing" or "lying" or "mouthing" or "insulting" or "smirking"
                             or "grassing" or "slagging" or "disrespecting" or "running")
                        || (t is "say" && next is "that" or "it" && third is "again" or "to")
                        || (t is "come" && next is "near" && third is "me" or "my" or "our")
                        || (t is "show" && next is "your" or "ur" or "his" or "her" && third is "face" && At(k + 3) is not ("at" or "to"))
                        || (t is "cross" && next is "me" or "my" && third is not "heart")
                        || (t is "touch" && next is "me" or "my"))))
            {
                return true;
            }

            if (!strong && k >= sentence && ((t is "on" && next is "sight")
                                             || (afterCondition && next is "see" && victimNext)
                                             || (t is "next" && next is "time" && third is "he" or "she" or "that" or "the" or "a" && At(k + 3) is not "round"
                                                 && (k < first || k > last))))
            {
                return true;
            }
        }

        return false;
    }

    // The condition at k leads into the threat: "and" or a comma before the victim, with nothing but the condition's own
    // words between ("Keep talking and you'll …", "Say that again, you won't …"); not "Keep talking to him, he'll be in
    // hospital a while".
    private static bool LeadsIn(NormalizedText text, int k, int victim, int count)
    {
        if (victim <= k || victim - k > 12)
        {
            return false;
        }

        for (var j = k + 1; j < victim; j++)
        {
            if (text.TokenText(j) is "to" or "about" or "for" or "with" && j == k + 2)
            {
                return false; // "keep talking to him", "keep writing about it"
            }
        }

        return text.TokenText(victim - 1) is "and" || text.GapBefore(victim).IndexOf(',') >= 0;
    }

    // "when I'm done" at the clause's end or "with you / him / her"; not "when I'm done with the makeover".
    private static bool DoneWithVictim(NormalizedText text, int k, int count) =>
        k >= count || Sentences.BreakBefore(text, k) || text.GapBefore(k).IndexOf(',') >= 0
        || (text.TokenText(k) is "with" && k + 1 < count && text.TokenText(k + 1) is "you" or "u" or "him" or "her" or "ya");

    // A cause of the harm other than the writer: drink, drugs, driving, an operation, a fall, ice, a bike.
    private static bool OtherCause(NormalizedText text, int first, int count)
    {
        var start = Sentences.Start(text, first);
        for (var k = start; k < Math.Min(count, start + 40) && (k == start || !Sentences.BreakBefore(text, k)); k++)
        {
            if (text.TokenText(k) is "drinking" or "drink" or "drunk" or "drugs" or "smoking" or "driving" or "drive" or "speeding"
                or "surgery" or "operation" or "op" or "fall" or "falls" or "ice" or "icy" or "bike" or "cycling" or "climbing"
                or "ladder" or "diet" or "eating" or "crash" or "accident" or "injury" or "tackle" or "tackles" or "virus" or "covid"
                or "flu" or "cancer" or "careful" or "training" or "gym" or "stairs" or "cough" or "heat" or "heatwave" or "cold"
                or "dementia" or "exhaustion" or "overwork" or "rugby" or "skiing" or "ski" or "lifting" or "marathon" or "marathons"
                or "knee" or "knees" or "hip" or "waiting" or "nhs" or "makeover" or "haircut" or "weight" or "stroke" or "chemo"
                or "appendix" or "bug" or "illness" or "ill" or "sick" or "fever" or "pneumonia" or "infection")
            {
                return true;
            }
        }

        return false;
    }
}
