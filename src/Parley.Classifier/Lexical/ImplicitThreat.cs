using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's third shape (<see cref="ThreatIntent.FindRule"/>): a threat to the reader that names no
/// violence, the kind reporters and commenters receive ("I know where you live.", "You'd better watch your back.",
/// "Keep writing this and see what happens to you."). No violent word means the heads score them near 0, and our
/// sources hold too few of them to learn from. The phrases are few and fixed, aimed at "you", and said by the
/// writer: "I don't know where you live", "you know where I live", "watch your back, pickpockets work this market"
/// and "I worry about what happens to you" do not match.
/// </summary>
internal static class ImplicitThreat
{
    /// <summary>The phrase's tokens and its "you"/"your" token, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var found = text.TokenText(i) switch
            {
                "know" => KnowWhere(text, i, count),
                "find" => FindOutWhere(text, i, count),
                "you" or "u" => YourFate(text, i, count),
                "watch" => (Phrase(text, i, count, "watch", "your", "back") ?? Phrase(text, i, count, "watch", "their", "backs")
                            ?? Phrase(text, i, count, "watch", "your", "backs")
                            ?? (HeBetter(text, i) ? ClauseEnd(text, count, Phrase(text, i, count, "watch", "his", "back")
                                                                          ?? Phrase(text, i, count, "watch", "her", "back")) : null))
                            is { } back && Better(text, i) ? (back.First, back.Last, i + 1) : null,
                "coming" when i >= 3 && text.TokenText(i - 1) is "s" && text.TokenText(i - 2) is "what" => WhatsComing(text, i, count),
                "sleep" => Phrase(text, i, count, "sleep", "with", "one", "eye", "open") is { } eye && Better(text, i) ? (eye.First, eye.Last, i) : null,
                "happens" or "happen" or "happened" => HappensToYou(text, i, count),
                "with" => WithYouInside(text, i, count),
                "missed" => MissedHim(text, i, count),
                "finish" or "finished" => UnfinishedJob(text, i, count),
                "better" => BetterOnFire(text, i, count),
                "coming" or "come" => ComingFor(text, lexicon, i, count),
                "expect" => Phrase(text, i, count, "expect", "us") is { } us && (i == 0 || ThreatIntent.SentenceBreakBefore(text, i))
                            && (us.Last + 1 >= count || ThreatIntent.SentenceBreakBefore(text, us.Last + 1)) ? (i, us.Last, us.Last) : null,
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    // "I know where you live", "we know where your kids go to school", "I know which street you live on"; the subject is
    // the writer, unnegated ("I don't know where you live", "do you know where you live?" are no threats).
    private static (int, int, int)? KnowWhere(NormalizedText text, int know, int count)
    {
        var subject = know - 1;
        while (subject >= 0 && text.TokenText(subject) is "already" or "now" or "also" or "still" or "do" or "exactly")
        {
            subject--;
        }

        if (subject < 0 || text.TokenText(subject) is not ("i" or "we") || (subject > 0 && text.TokenText(subject - 1) is "do" or "if"))
        {
            return null;
        }

        return WhereYouAre(text, subject, know + 1, count);
    }

    // "Wait till I find out where you live", "I'll find out where your kids go to school": the writer means to learn it.
    private static (int, int, int)? FindOutWhere(NormalizedText text, int find, int count)
    {
        if (find + 1 >= count || text.TokenText(find + 1) is not "out")
        {
            return null;
        }

        var subject = find - 1;
        while (subject >= 0 && text.TokenText(subject) is "will" or "ll" or "gonna" or "going" or "to" or "m" or "am" or "soon" or "can"
                   or "easily" or "just")
        {
            subject--;
        }

        return subject >= 0 && text.TokenText(subject) is "i" or "we" && (subject == 0 || text.TokenText(subject - 1) is not ("if" or "do"))
            ? WhereYouAre(text, subject, find + 2, count) : null;
    }

    // "You'll be found in a ditch", "you'll end up in a body bag", "you'll be eating through a straw": the reader's
    // fate foretold. Not "you'll end up in hospital if you drive like that" (a warning; no hospital here), nor "Drive
    // like that and you'll end up in a ditch".
    private static (int, int, int)? YourFate(NormalizedText text, int you, int count)
    {
        var j = you + 1;
        while (j < count && j - you < 4 && text.TokenText(j) is "ll" or "will" or "re" or "are" or "gonna" or "going" or "to" or "soon"
                   or "just")
        {
            j++;
        }

        if (j > you + 1 && j + 1 < count && text.TokenText(j) is "dead" && text.TokenText(j + 1) is "meat")
        {
            return (you, j + 1, you); // "You're dead meat"
        }

        if (j == you + 1 || j + 3 >= count || (you > 0 && text.TokenText(you - 1) is "if" or "unless" or "when"))
        {
            return null;
        }

        var w = text.TokenText(j);

        if (w is "be" && text.TokenText(j + 1) is "eating" or "drinking" && text.TokenText(j + 2) is "through"
            && text.TokenText(j + 3) is "a" && j + 4 < count && text.TokenText(j + 4) is "straw")
        {
            return (you, j + 4, you);
        }

        // A condition earlier in the sentence makes it a warning: "If you keep drinking like that you'll end up in …".
        if (Sentences.ConditionBefore(text, you))
        {
            return null;
        }

        // "you'll leave in an ambulance", "you'll go home in a body bag"
        if (w is "leave" or "go" && (text.TokenText(j + 1) is "in" || (text.TokenText(j + 1) is "home" && text.TokenText(j + 2) is "in")))
        {
            var m = text.TokenText(j + 1) is "in" ? j + 2 : j + 3;
            m += m < count && text.TokenText(m) is "a" or "an" ? 1 : 0;
            var end = m + 1 < count && text.TokenText(m) is "body" && text.TokenText(m + 1) is "bag" ? m + 1
                : m < count && text.TokenText(m) is "ambulance" or "coffin" or "box" ? m : -1;
            if (end >= 0 && (end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1))) // not "a box of goodies"
            {
                return (you, end, you);
            }
        }

        var found = w is "be" && text.TokenText(j + 1) is "found";
        var k = found ? j + 2
            : w is "end" or "wind" && text.TokenText(j + 1) is "up" ? j + 2
            : -1;
        if (k < 0 || k + 1 >= count || text.TokenText(k) is not "in")
        {
            return null;
        }

        k++;
        if (text.TokenText(k) is "a" or "the" && k + 1 < count)
        {
            k++;
        }

        var place = text.TokenText(k);
        if (place is "body" && k + 1 < count && text.TokenText(k + 1) is "bag")
        {
            return (you, k + 1, you);
        }

        // "end up in a ditch / the river" is also what careless drivers and drinkers are warned of; "be found" there is not.
        return place is "morgue" or "coffin" or "grave" || (found && place is "ditch" or "river" or "canal" or "gutter" or "woods")
            ? (you, k, you) : null;
    }

    // After "know" or "find out": "where you live", "which street you live on", "your home address".
    private static (int, int, int)? WhereYouAre(NormalizedText text, int subject, int j, int count)
    {
        if (j < count && text.TokenText(j) is "exactly")
        {
            j++;
        }

        // "we know your address", "I know your home address"
        if (j + 1 < count && text.TokenText(j) is "your" or "ur"
            && (text.TokenText(j + 1) is "address" || (j + 2 < count && text.TokenText(j + 1) is "home" && text.TokenText(j + 2) is "address")))
        {
            return (subject, text.TokenText(j + 1) is "address" ? j + 1 : j + 2, j);
        }

        if (j + 2 >= count || ThreatIntent.SentenceBreakBefore(text, j))
        {
            return null;
        }

        // "where" or "which/what street, house, school …".
        if (text.TokenText(j) is "which" or "what" && text.TokenText(j + 1) is "street" or "house" or "road" or "building" or "school"
                or "town" or "neighbourhood" or "neighborhood" or "office" or "door" or "car" or "flat" or "apartment")
        {
            j++;
        }
        else if (text.TokenText(j) is not "where")
        {
            return null;
        }

        j++;
        var you = j;
        if (WhereYourPlaceIs(text, you, count) is { } place)
        {
            return (subject, place, you);
        }

        if (text.TokenText(j) is "your" or "ur" && j + 1 < count && Close(text.TokenText(j + 1)))
        {
            j += 2; // "your kids", "your wife"
        }
        else if (text.TokenText(j) is "you" or "u" && j + 3 < count && text.TokenText(j + 1) is "and"
                 && text.TokenText(j + 2) is "your" && Close(text.TokenText(j + 3)))
        {
            j += 4; // "you and your family"
        }
        else if (text.TokenText(j) is not ("you" or "u"))
        {
            return null;
        }
        else
        {
            j++;
        }

        // "where you go wrong" is no threat; "where your kids go to school" and "where your shelter is" are.
        return j < count && !ThreatIntent.SentenceBreakBefore(text, j)
               && (text.TokenText(j) is "live" or "lives" or "reside" or "work" or "works" or "sleep" or "sleeps" or "park" or "parks"
                   || (text.TokenText(j) is "go" or "goes" && j + 1 < count && text.TokenText(j + 1) is "to"))
            ? (subject, j, you) : null;
    }

    // "where your shelter is", "where your mosque is": the reader's or their group's home or gathering place.
    private static int? WhereYourPlaceIs(NormalizedText text, int your, int count)
    {
        if (your + 2 >= count || text.TokenText(your) is not ("your" or "ur"))
        {
            return null;
        }

        var place = text.TokenText(your + 1);
        return (ThreatIntent.IsDwelling(place) || place is "office" or "school" or "flat" or "apartment" or "family" or "kids" or "children")
               && text.TokenText(your + 2) is "is" or "are" or "live" or "lives" or "sleep" or "sleeps"
            ? your + 2 : null;
    }

    // "I'm coming for you", "we will come for you", "before we come for you". Not "the taxman is coming for you" (not
    // the writer) nor "I'm coming for the food". ("gets what's coming to him" was tried and dropped: it is as often a
    // business's comeuppance, "Spur, you deserve what's coming to you", as a threat.)
    private static (int, int, int)? ComingFor(NormalizedText text, Lexicon lexicon, int coming, int count)
    {
        if (coming + 2 >= count || text.TokenText(coming + 1) is not "for"
            || text.TokenText(coming + 2) is not ("you" or "u" or "ya" or "them" or "your" or "ur"))
        {
            return null;
        }

        // The phrase ends its clause or names when ("… coming for you tonight"); "we're coming for you next season" is sport.
        var after = coming + 3;
        if (after < count && !ThreatIntent.SentenceBreakBefore(text, after)
            && text.TokenText(after) is not ("tonight" or "soon" or "and" or "all" or "one" or "today" or "now")
            && lexicon.Category(text.TokenText(after)) is not (LexiconCategory.Identity
                or LexiconCategory.Insult or LexiconCategory.Slur or LexiconCategory.Dehumanising)) // "… for you trans freaks"
        {
            return null;
        }

        for (var j = coming - 1; j >= Math.Max(0, coming - 3); j--)
        {
            var w = text.TokenText(j);
            if (w is "i" or "we" or "im")
            {
                return (j, coming + 2, coming + 2);
            }

            if (w is not ("m" or "am" or "re" or "are" or "will" or "ll" or "shall" or "gonna" or "soon"))
            {
                return null;
            }
        }

        return null;
    }

    // "Keep writing and see what happens to you", "It would be a shame if something happened to your family".
    private static (int, int, int)? HappensToYou(NormalizedText text, int happens, int count)
    {
        // "… happened to it, and to you": the reader named after the thing
        var to = happens + 1;
        if (to + 4 < count && text.TokenText(to) is "to" && text.TokenText(to + 1) is "it" && text.TokenText(to + 2) is "and"
            && text.TokenText(to + 3) is "to")
        {
            to += 3;
        }

        if (to + 1 >= count || text.TokenText(to) is not "to"
            || !(text.TokenText(to + 1) is "you" or "u"
                 || (text.TokenText(to + 1) is "your" && to + 2 < count && Close(text.TokenText(to + 2)))))
        {
            return null;
        }

        var first = text.TokenText(happens) is "happens" && happens >= 2 && text.TokenText(happens - 1) is "what"
                    && text.TokenText(happens - 2) is "see" && KeepGoing(text, happens - 2) ? happens - 2
            : ShameIfSomething(text, happens);
        return first < 0 ? null : (first, to + 1, to + 1);
    }

    // "Shame the bomb missed him", "Pity the bullet missed her": regret that an attack failed.
    private static (int, int, int)? MissedHim(NormalizedText text, int missed, int count)
    {
        if (missed < 3 || missed + 1 >= count || text.TokenText(missed + 1) is not ("him" or "her" or "them" or "you" or "u")
            || text.TokenText(missed - 1) is not ("bomb" or "bullet" or "missile" or "sniper")
            || text.TokenText(missed - 2) is not "the")
        {
            return null;
        }

        // The sentence ends at the victim ("missed her lung", "missed him by inches" are reports) and no one is quoted.
        if (!(missed + 2 >= count || Sentences.BreakBefore(text, missed + 2)))
        {
            return null;
        }

        var regret = text.TokenText(missed - 3);
        return regret is "shame" or "pity" || (missed >= 4 && text.TokenText(missed - 4) is "shame" or "pity")
            ? (missed - 3, missed + 1, missed + 1) : null;
    }

    // "Pity the gunman didn't finish the job", "Shame the bomber never finished the job on the rest of them", "I wish the
    // sniper had finished the job": regret that a killer left people alive. Only in that order, word for word: a review's
    // civil sentences put a word between them that makes it a story, a game or a pest ("the assassin in the novel", "our
    // attacker" up front, "the rat killer", "the virus … on my old laptop"), and a capital makes the killer a nickname
    // ("the Hitman", a batsman). The victims, when named, are the target ("… on the rest of the Jews").
    private static (int, int, int)? UnfinishedJob(NormalizedText text, int finish, int count)
    {
        if (finish < 4 || finish + 2 >= count || text.TokenText(finish + 1) is not "the" || text.TokenText(finish + 2) is not "job")
        {
            return null;
        }

        // "didn't" (did, t), "didnt", "did not", "never", "couldn't"; "had" after a wish
        var word = text.TokenText(finish - 1);
        var before = text.TokenText(finish - 2);
        var wish = word is "had";
        var negation = wish || word is "never" or "didnt" or "couldnt" ? 1
            : (word is "t" && before is "didn" or "couldn") || (word is "not" && before is "did" or "could") ? 2
            : 0;
        var killer = finish - 1 - negation;
        if (negation == 0 || killer < 2 || text.TokenText(killer) is not ("gunman" or "gunmen" or "shooter" or "shooters" or "bomber" or "bombers" or "attacker"
                or "attackers" or "sniper" or "killer" or "killers" or "assassin" or "terrorist" or "terrorists" or "hitman")
            || text.TokenText(killer - 1) is not "the" || PersonName.IsCapitalised(text, killer))
        {
            return null;
        }

        var regret = killer - 2;
        var r = text.TokenText(regret);
        if (!(wish ? r is "wish" : r is "shame" or "pity" || (r is "bad" && regret > 0 && text.TokenText(regret - 1) is "too"))
            || ReportedSpeech.IsReported(text, regret))
        {
            return null;
        }

        var last = finish + 2;
        if (last + 1 < count && text.TokenText(last + 1) is "on" && !Sentences.BreakBefore(text, last + 1))
        {
            for (var k = last + 2; k < Math.Min(count, last + 7) && !Sentences.BreakBefore(text, k); k++)
            {
                last = k;
                if (text.TokenText(k) is not ("the" or "rest" or "of" or "all" or "those" or "these"))
                {
                    break; // the victims: "on the rest of the Jews", "on them"
                }
            }
        }

        return (regret, last, last);
    }

    // "The mosque on Kings Road would look a lot better on fire": a building wished burning.
    private static (int, int, int)? BetterOnFire(NormalizedText text, int better, int count)
    {
        if (better + 2 >= count || text.TokenText(better + 1) is not "on" || text.TokenText(better + 2) is not "fire")
        {
            return null;
        }

        for (var k = better - 1; k >= Math.Max(0, better - 10) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (ThreatIntent.IsDwelling(text.TokenText(k)))
            {
                return (k, better + 2, k);
            }
        }

        return null;
    }

    // "… a pity if it went up in flames with you in it": a fire wished on the reader's home or car with them inside.
    private static (int, int, int)? WithYouInside(NormalizedText text, int with, int count)
    {
        if (with + 2 >= count || text.TokenText(with + 1) is not ("you" or "u" or "him" or "her" or "them"))
        {
            return null;
        }

        var last = text.TokenText(with + 2) is "inside" ? with + 2
            : text.TokenText(with + 2) is "in" && with + 3 < count && text.TokenText(with + 3) is "it" ? with + 3
            : text.TokenText(with + 2) is "still" && with + 4 < count && text.TokenText(with + 3) is "in" && text.TokenText(with + 4) is "it" ? with + 4
            : -1;
        if (last < 0)
        {
            return null;
        }

        if (Sentences.EndsInQuestion(text, last, count))
        {
            return null; // "The car burst into flames with you still in it?"
        }

        // A third person only in a wish ("I hope the minister's car goes off a bridge with him in it"): "The house burned
        // down with them inside" is a news report.
        var wished = text.TokenText(with + 1) is "you" or "u";
        for (var k = with - 1; k >= 0 && !wished && !Sentences.BreakBefore(text, k + 1); k--)
        {
            wished = text.TokenText(k) is "hope" or "wish" or "shame" or "pity" or "love";
        }

        if (!wished)
        {
            return null;
        }

        for (var k = with - 1; k >= Math.Max(0, with - 6) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "flames" or "fire" or "burn" or "burns" or "burned" or "burnt" or "burning" or "exploded" or "explodes"
                or "blew" or "blows" or "torched" or "ablaze" or "bridge" or "cliff")
            {
                return (k, last, with + 1);
            }
        }

        return null;
    }

    // "Hope your kids get what's coming to them", "You'll get what's coming to you": the reader (or theirs) promised or
    // wished a reckoning. Not "deserve what's coming" (said of promotions and prizes) nor a court's justice ("will get what's
    // coming to them in court").
    private static (int, int, int)? WhatsComing(NormalizedText text, int coming, int count)
    {
        var get = coming - 3;
        if (text.TokenText(get) is not ("get" or "gets") || coming + 2 >= count || text.TokenText(coming + 1) is not "to"
            || text.TokenText(coming + 2) is not ("you" or "them" or "him" or "her" or "u")
            || (coming + 3 < count && !ThreatIntent.SentenceBreakBefore(text, coming + 3) && text.TokenText(coming + 3) is "in" or "at" or "from")
            || (coming + 3 < count && text.GapBefore(coming + 3).IndexOfAny(":-\u2013\u2014") >= 0) // "…: a parade", "- a pay rise": a reward
            || !(coming + 3 >= count || ThreatIntent.SentenceBreakBefore(text, coming + 3))) // "… to them this Christmas", "after decades of contributions"
        {
            return null;
        }

        // "you'll / you're gonna get …" promised to the reader
        for (var k = get - 1; k >= Math.Max(0, get - 4) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "you" or "u" && text.TokenText(coming + 2) is "you" or "u")
            {
                return (k, coming + 2, k);
            }

            if (text.TokenText(k) is "hope" or "wish")
            {
                return (k, coming + 2, coming + 2);
            }
        }

        return null;
    }

    // "Keep writing this and see what happens to you", "Carry on like this and see …": a warning about the reader's own
    // conduct; not "Try protesting in Moscow and see what happens to you" (a report of repression) nor "I'd hate to
    // see what happens to your kids if …" (concern).
    private static bool KeepGoing(NormalizedText text, int see)
    {
        for (var k = see - 1; k >= Math.Max(0, see - 8) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "keep" or "continue" or "carry")
            {
                return k == 0 || ThreatIntent.SentenceBreakBefore(text, k);
            }
        }

        return false;
    }

    // "shame if something (bad) happened" — the mobster's line.
    private static int ShameIfSomething(NormalizedText text, int happens)
    {
        var k = happens - 1;
        if (k >= 0 && text.TokenText(k) is "bad" or "terrible" or "nasty")
        {
            k--;
        }

        return k >= 2 && text.TokenText(k) is "something" && text.TokenText(k - 1) is "if" && text.TokenText(k - 2) is "shame" ? k - 2 : -1;
    }

    // Someone or something close to the reader ("your kids", "your family", "your car"), not "your bread".
    private static bool Close(ReadOnlySpan<char> t) =>
        ThreatIntent.IsBodyPart(t) || ThreatIntent.IsPersonNoun(t)
        || t is "kids" or "parents" or "house" or "home" or "car" or "loved" or "daughters" or "sons" or "pets";

    // "You'd better", "you better", "better": the warning that makes "watch your back" a threat, not advice.
    private static bool Better(NormalizedText text, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 2) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "better")
            {
                return true;
            }
        }

        return false;
    }

    // "he'd better", "she had better": a third person warned by the writer, not "The PM had better watch his back" (a
    // pundit's warning).
    private static bool HeBetter(NormalizedText text, int watch) =>
        watch >= 3 && text.TokenText(watch - 1) is "better" && text.TokenText(watch - 2) is "d" or "had"
        && text.TokenText(watch - 3) is "he" or "she";

    // A third person warned, only where the warning ends its sentence ("he'd better watch his back on the ice", "…, because
    // the replay shows that offside call was wrong" are advice and banter).
    private static (int First, int Last)? ClauseEnd(NormalizedText text, int count, (int First, int Last)? phrase) =>
        phrase is var (_, last) && (last + 1 >= count || Sentences.BreakBefore(text, last + 1)) ? phrase : null;

    private static (int First, int Last)? Phrase(NormalizedText text, int i, int count, params ReadOnlySpan<string> words)
    {
        if (i + words.Length > count)
        {
            return null;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!text.TokenText(i + k).SequenceEqual(words[k]) || (k > 0 && ThreatIntent.SentenceBreakBefore(text, i + k)))
            {
                return null;
            }
        }

        return (i, i + words.Length - 1);
    }
}
