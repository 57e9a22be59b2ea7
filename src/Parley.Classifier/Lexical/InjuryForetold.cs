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
        for (var i = 0; i + 2 < count; i++)
        {
            if (!IsVictim(text, lexicon, i))
            {
                continue;
            }

            var last = Destination(text, i + 1, count) ?? Injured(text, i + 1, count) ?? NotInOnePiece(text, i + 1, count);
            if (last is { } end && WritersHand(text, i, end, count) && !OtherCause(text, i, count) && !ReportedSpeech.IsReported(text, i)
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
        return place is "hospital" or "a" or "e" or "icu" or "casualty" or "care" or "wheelchair" or "traction" or "coma" or "bag"
                   or "morgue" or "mortuary" or "coffin" or "stretcher" or "brace" or "cast" or "plaster" or "bandages"
               // "in A&E": the ampersand splits it
               && !(place is "a" && At(p + 1) is not "e") && !(place is "e" && At(p - 1) is not "a")
            ? (place is "a" ? p + 1 : p) : null;
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
        if (w is "glassed" or "stabbed" or "shanked" or "merked" or "bottled" or "knifed" or "kneecapped" or "leathered" or "battered"
            or "shot" or "jumped" or "decked" or "stomped" or "stamped" or "bodied" or "throttled" or "strangled" or "lynched")
        {
            var after = At(g + 2);
            // "battered by the critics", "shot for the cover", "stabbed in the back", "jumped on", "battered 4-0"
            return after is "by" or "for" or "with" || (after is "on" && At(g + 3) is not "sight") || (after is "in" && At(g + 4) is "back")
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

        if (v < 0 || At(v) is not ("leave" or "get" or "walk" or "make" or "come" or "go"))
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

    // The writer's hand: the writer acting ("when I'm done", "when I see you", "I know where", "my lads"), a condition on
    // the victim's own words or deeds ("keep talking", "say that again", "come near", "show his face", "touch my …",
    // "cross me", "post again"), or "on sight"; anywhere in the comment, which is short.
    private static bool WritersHand(NormalizedText text, int first, int last, int count)
    {
        for (var k = 0; k < count; k++)
        {
            ReadOnlySpan<char> At(int j) => j < count ? text.TokenText(j) : default;
            var t = At(k);
            var next = At(k + 1);
            var third = At(k + 2);
            // "when / if / next time / once I see (catch, find, get) you", "when I'm done (finished, through)", "I know where",
            // "I'm coming for you"
            var writer = t is "i" or "we" or "im";
            // (the one seen is the victim: not "When I see my nan she'll be in hospital")
            if ((writer && k > 0 && At(k - 1) is "when" or "if" or "time" or "once" or "till" or "until"
                    && ((next is "see" or "catch" or "find" or "get" or "meet" && third is "you" or "u" or "ya" or "him" or "her" or "that" or "the")
                        || next is "done" or "finished" || (next is "m" or "am" or "re" && third is "done" or "finished" or "through")))
                || (writer && next is "know" && third is "where" && At(k + 3) is "you" or "u" or "he" or "she" or "your" or "ur" or "his" or "her"
                    && At(k + 4) is "live" or "lives" or "work" or "works" or "sleep" or "sleeps" or "park" or "parks" or "drink" or "drinks"
                        or "kids" or "children" or "family" or "wife" or "husband" or "mum" or "mother")
                || (t is "next" && next is "time" && third is not ("you" or "u" or "i" or "we") && (k < first || k > last)) // not "next time you see her"
                || (writer && next is "m" or "am" or "re" && third is "coming" && At(k + 3) is "for" or "round")
                || (t is "my" && next is "lads" or "boys" or "mates" or "friends" or "cousins")
                || (t is "keep" && next is "talking" or "posting" or "writing" or "lying" or "running" or "mouthing" or "it" or "this"
                    or "banning" or "disrespecting" or "insulting" or "smirking")
                || (t is "say" && next is "that" or "it" && (third is "again" or "to" || k + 2 >= count))
                || (t is "come" or "comes" && next is "near" or "anywhere")
                || (t is "show" or "shows" && next is "his" or "her" or "your" or "ur" && third is "face")
                || (t is "cross" or "crosses" or "touch" or "touches" && next is "me" or "my")
                || (t is "on" && next is "sight")
                || (t is "mark" && next is "my" && third is "words"))
            {
                return true;
            }
        }

        return false;
    }

    // A cause of the harm other than the writer: drink, drugs, driving, an operation, a fall, ice, a bike.
    private static bool OtherCause(NormalizedText text, int first, int count)
    {
        var start = Sentences.Start(text, first);
        for (var k = start; k < Math.Min(count, start + 40) && (k == start || !Sentences.BreakBefore(text, k)); k++)
        {
            if (text.TokenText(k) is "drinking" or "drink" or "drunk" or "drugs" or "smoking" or "driving" or "drive" or "speeding"
                or "surgery" or "operation" or "op" or "fall" or "falls" or "ice" or "icy" or "bike" or "cycling" or "climbing"
                or "ladder" or "diet" or "eating" or "crash" or "accident" or "injury" or "tackle" or "tackles" or "virus" or "covid"
                or "flu" or "cancer" or "careful" or "training" or "gym" or "stairs")
            {
                return true;
            }
        }

        return false;
    }
}
