using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

internal static partial class ImplicitDerogation
{
    // "Stabbing in town. Didn't need the photo to guess. Nobody's shocked.", "… and of course he turns out to be X",
    // "Pickpocket gang on the Tube. X, naturally.": mock surprise at an offence, pinned on a group member. It needs all
    // three: the marker, a protected group near it (not as the victim: "X teenager stabbed. Of course the police took
    // hours.") and an offence in the comment.
    private static (int First, int Last)? NoSurprise(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        var (from, adjacent) = t switch
        {
            "surprise" or "surprises" when At(text, i - 1) is "no" && (i + 1 >= count || At(text, i + 1) is "there" || Sentences.BreakBefore(text, i + 1))
                => (i - 1, false),
            "surprise" when At(text, i - 1) is "surprise" => (i - 1, false),
            "shocked" or "surprised" when At(text, i - 1) is "s" or "is" && At(text, i - 2) is "nobody" or "noone" or "anyone" or "one"
                => (i - 2, false),
            "shocked" or "surprised" when At(text, i - 1) is "me" && At(text, i - 2) is "colour" or "color" => (i - 2, false),
            "thought" when At(text, i - 1) is "have" && At(text, i - 2) is "d" or "would" && At(text, i - 3) is "who" => (i - 3, false),
            "expect" when ExpectAsked(text, i) is { } asked => (asked, false),
            "guess" when At(text, i - 1) is "me" && At(text, i - 2) is "let" => (i - 2, false),
            "coming" when At(text, i - 1) is "that" && At(text, i - 2) is "seen" or "saw" && At(text, i - 3) is "have" or "never" => (i - 2, false),
            "blinks" or "blink" when At(text, i - 1) is "nobody" or "even" => (i - 1, false),
            "shocking" when At(text, i + 1) is "i" && At(text, i + 2) is "know" => (i, false),
            "course" when At(text, i - 1) is "of" => (i - 1, true),
            "naturally" or "obviously" or "predictably" => (i, true),
            _ => (-1, false),
        };
        if (from < 0 || !OffenceIn(text, count))
        {
            return null;
        }

        var sentence = Sentences.Start(text, i);
        int group;
        if (adjacent)
        {
            // "of course he turns out to be X", "of course he's X", "of course the X guy …": the member right after the
            // marker or after a copula within six words (not "of course, you can't be waving your white hood around"),
            // or "X, naturally" just before.
            group = -1;
            for (var k = i + 1; k < Math.Min(count, i + 8) && !Sentences.BreakBefore(text, k); k++)
            {
                var copula = At(text, k - (At(text, k - 1) is "a" or "an" ? 2 : 1)) is "s" or "is" or "was" or "be" or "are" or "were" or "re";
                if (IsGroup(text, lexicon, k) && (copula || k <= i + 2))
                {
                    group = k;
                    break;
                }
            }

            for (var k = i - 1; group < 0 && k >= Math.Max(sentence, i - 3); k--)
            {
                if (IsGroup(text, lexicon, k))
                {
                    group = k;
                }
            }
        }
        else
        {
            // The marker closes the story: the member in its sentence or one of the two before.
            var earliest = sentence;
            for (var s = 0; s < 2 && earliest > 0; s++)
            {
                earliest = Sentences.Start(text, earliest - 1);
            }

            group = -1;
            for (var k = earliest; k < Math.Min(count, i + 6) && (k < i || !Sentences.BreakBefore(text, k)); k++)
            {
                if (IsGroup(text, lexicon, k))
                {
                    group = k;
                    break;
                }
            }
        }

        return group >= 0 && !IsVictim(text, group, count) ? (Math.Min(from, group), Math.Max(i, group)) : null;
    }

    // "they" at k stands for a protected group named earlier in its sentence or the one before.
    private static bool GroupEarlier(NormalizedText text, Lexicon lexicon, int k)
    {
        var start = Sentences.Start(text, k);
        for (var j = start > 0 ? Sentences.Start(text, start - 1) : 0; j < k; j++)
        {
            if (IsGroup(text, lexicon, j))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> At(NormalizedText text, int k) => k >= 0 && k < text.TokenCount ? text.TokenText(k) : default;

    // "what did we / everyone expect", "what else would you expect", "what do you expect": the first token, or null.
    private static int? ExpectAsked(NormalizedText text, int expect)
    {
        var k = expect - 1;
        if (At(text, k) is not ("we" or "you" or "they" or "everyone" or "anyone" or "people" or "u" or "one" or "everybody"))
        {
            return null;
        }

        k--;
        if (At(text, k) is not ("did" or "do" or "would" or "could" or "can" or "d"))
        {
            return null;
        }

        k -= At(text, k - 1) is "else" ? 2 : 1;
        return At(text, k) is "what" ? k : null;
    }

    // An offence or a blunder the story reports: crime, fraud, a crash, a fiddle.
    private static bool OffenceIn(NormalizedText text, int count) => Sentences.AnyToken(text, count, static t =>
        t is "stabbing" or "stabbed" or "murder" or "murdered" or "murderer" or "assault" or "assaulted" or "rape" or "raped" or "robbery"
            or "robbed" or "mugged" or "mugging" or "burglary" or "burgled" or "theft" or "thief" or "thieves" or "stole" or "stolen" or "nicked"
            or "shoplifting" or "shoplifters" or "pickpocket" or "pickpockets" or "pickpocketing" or "fraud" or "scam" or "scammers" or "fake"
            or "counterfeit" or "bomb" or "bombing" or "arrested" or "charged" or "convicted" or "jailed" or "suspended" or "caught"
            or "seized" or "bust" or "busted" or "gang" or "cartel" or "smuggling" or "smuggled" or "trafficking" or "grooming" or "crash"
            or "crashed" or "reversed" or "fiddling" or "dealer" or "dealers" or "riot" or "looting" or "looted" or "vandalised"
            or "vandalized" or "arson" or "shooting" or "kidnapping" or "embezzlement" or "embezzled" or "bribery" or "bribe" or "corruption" or "steal" or "stealing"
            or "swindle" or "swindled" or "conned" or "ponzi");

    // The group as the one harmed: "X teenager stabbed", "X family attacked", "X victims".
    private static bool IsVictim(NormalizedText text, int group, int count)
    {
        for (var k = group + 1; k < Math.Min(count, group + 4) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "stabbed" or "killed" or "murdered" or "attacked" or "shot" or "beaten" or "injured" or "hurt" or "abused"
                or "harassed" or "targeted" or "assaulted" or "died" or "dies" or "dead" or "victim" or "victims" or "robbed" or "mugged"
                or "raped" or "kidnapped" or "bullied" or "sacked" or "refused" or "denied")
            {
                return true;
            }
        }

        return false;
    }

    // "Used to be a lovely estate. Then the X families moved in.", "Quiet little town till they put the Xs in the hotel.",
    // "Our school was top of the tables before the X families moved in": a good place, then the group's arrival, and
    // nothing good said of it after ("… and now it thrives" is a twin, not a slur).
    private static (int First, int Last)? ThenTheyCame(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        // "… not after the Xs took over": the writer denies the blame.
        if (Features.IsNegator(At(text, k - 1), At(text, k - 2)) || (At(text, k - 1) is "right" or "ever" or "just" && Features.IsNegator(At(text, k - 2), At(text, k - 3))))
        {
            return null;
        }

        var arrival = Arrival(text, lexicon, k, count);
        var since = text.TokenText(k) is "after" or "since" or "once" or "when";
        if (arrival < 0 || !(since ? DeclineBefore(text, k) : NostalgiaBefore(text, k, text.TokenText(k) is "before"))
            || Sentences.EndsInQuestion(text, arrival, count))
        {
            return null;
        }

        return PraiseAfter(text, arrival, count) ? null : (k, arrival);
    }

    // The arrival verb after "then / until / before" at k: "(the) X (families) moved in / came / arrived / started
    // coming", or "they / the council put / housed / started letting (the) Xs"; -1 when there is none.
    private static int Arrival(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        var p = k + 1;
        if (p < count && At(text, p) is "the" or "all" or "these" or "those" or "a" or "some")
        {
            p++;
        }

        var end = MemberEnd(text, lexicon, p, count);
        if (end >= 0)
        {
            for (var v = end + 1; v < Math.Min(count, end + 3) && !ThreatIntent.SentenceBreakBefore(text, v); v++)
            {
                if (At(text, v) is "moved" or "move" or "came" or "come" or "arrived" or "turned" or "showed" or "bought" or "took"
                    or "appeared" or "settled" or "got" or "rocked" or "flooded" or "poured"
                    || (At(text, v) is "started" or "began" && At(text, v + 1) is "coming" or "arriving" or "moving" or "turning" or "showing"
                        or "to" or "renting" or "buying" or "settling"))
                {
                    return v;
                }
            }

            return -1;
        }

        if (At(text, p) is not ("they" or "council" or "government" or "someone" or "somebody" or "it"))
        {
            return -1;
        }

        for (var v = p + 1; v < Math.Min(count, p + 4) && !ThreatIntent.SentenceBreakBefore(text, v); v++)
        {
            if (At(text, v) is "put" or "housed" or "moved" or "let" or "letting" or "brought" or "dumped" or "allowed" or "allowing" or "placed"
                or "filling" or "admitting" or "taking" or "accepting" or "catering")
            {
                for (var g = v + 1; g < Math.Min(count, v + 4) && !ThreatIntent.SentenceBreakBefore(text, g); g++)
                {
                    if (IsGroup(text, lexicon, g))
                    {
                        return MemberEnd(text, lexicon, g, count) is var e and >= 0 ? e : g;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    // A decline earlier in k's sentence: "went downhill (right) after", "has slipped ever since", "gone to the dogs since".
    private static bool DeclineBefore(NormalizedText text, int k)
    {
        for (var j = Sentences.Start(text, k); j < k; j++)
        {
            var t = text.TokenText(j);
            if (Features.IsNegator(t, At(text, j - 1)))
            {
                return false; // "hasn't gone downhill since …"
            }

            if (t is "downhill" or "slipped" or "declined" or "deteriorated" or "worse" or "dogs" or "pot" or "rot" or "ruined" or "tanked"
                or "plummeted" or "rougher" or "dirtier")
            {
                return true;
            }
        }

        return false;
    }

    // A place remembered as good in the sentence before k, or in k's own sentence before it ("was fine in the 80s",
    // "used to be lovely", "Quiet little seaside town"); only k's own sentence for "before".
    private static bool NostalgiaBefore(NormalizedText text, int k, bool sameSentenceOnly)
    {
        var start = Sentences.Start(text, k);
        if (!sameSentenceOnly && start == k && k > 0)
        {
            start = Sentences.Start(text, k - 1);
        }

        for (var j = start; j < k; j++)
        {
            var t = text.TokenText(j);
            if (t is "lovely" or "nice" or "quiet" or "safe" or "decent" or "fine" or "grand" or "great" or "peaceful" or "clean" or "top"
                    or "beautiful" or "friendly" or "respectable" or "pleasant" or "thriving" or "proud" or "proper")
            {
                return true;
            }
        }

        return false;
    }

    // Something good said of the arrival in the rest of its sentence or the next ("… and opened the best bakery in
    // town", "… and it's thriving"), unless it is a decline ("not for the better").
    private static bool PraiseAfter(NormalizedText text, int arrival, int count)
    {
        var sentences = 0;
        for (var j = arrival + 1; j < count; j++)
        {
            if (Sentences.BreakBefore(text, j) && ++sentences > 1)
            {
                break;
            }

            var t = text.TokenText(j);
            if (t is "better" && At(text, j - 1) is "the" && At(text, j - 2) is "for" && At(text, j - 3) is "not")
            {
                return false;
            }

            if (t is "better" or "best" or "thriving" or "thrives" or "thrived" or "revived" or "saved" or "improved" or "welcoming" or "welcome"
                or "welcomed" or "lovely" or "great" or "brilliant" or "helped" or "fixed" or "restored" or "rebuilt" or "friendlier" or "livelier"
                or "busier" or "richer" or "proud" or "love" or "loved" or "fantastic" or "wonderful" or "amazing" or "good" or "kind" or "opened"
                or "brought" or "boosted" or "transformed" or "enriched" or "safer" or "cleaner" or "nicer" or "happier" or "fell" or "dropped" or "friendly" or "helpful" or "tidy" or "polite"
                or "nice" or "generous" or "hardworking" or "decent" or "charming" or "delightful" or "glad" or "happy" or "grateful"
                or "thankful" or "thank" or "thanks" or "lucky" or "friendliest" or "nicest" or "kindest" or "loveliest" or "finest" or "warmest"
                or "bravest" or "hardest" or "blessing" or "blessed" or "joy")
            {
                return true;
            }
        }

        return false;
    }

    // "You can always tell when the Xs have arrived", "You always know when Xs have moved into a street".
    private static (int First, int Last)? YouCanTellWhen(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        if (!(At(text, i - 1) is "can" or "always" or "you" || (At(text, i - 1) is "always" && At(text, i - 2) is "can" or "you"))
            || At(text, i + 1) is not "when")
        {
            return null;
        }

        var p = i + 2;
        int group;
        if (At(text, p) is "they" && GroupEarlier(text, lexicon, p))
        {
            group = p;
        }
        else
        {
            p += At(text, p) is "the" or "a" or "some" ? 1 : 0;
            group = MemberEnd(text, lexicon, p, count);
        }

        if (group < 0)
        {
            return null;
        }

        for (var v = group + 1; v < Math.Min(count, group + 4) && !ThreatIntent.SentenceBreakBefore(text, v); v++)
        {
            if (At(text, v) is "arrived" or "moved" or "come" or "came" or "settled" or "turned")
            {
                return PraiseAfter(text, v, count) ? null : (i - 1, v);
            }
        }

        return null;
    }

    // "Xs only come here for the benefits", "They come over for the free housing": the group's reason for coming
    // reduced to handouts. Not denied ("don't come for the benefits") and not a question.
    private static (int First, int Last)? ComeForTheBenefits(NormalizedText text, Lexicon lexicon, int come, int count)
    {
        var subject = -1;
        for (var k = come - 1; k >= Math.Max(0, come - 4) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (Features.IsNegator(t, At(text, k - 1)))
            {
                return null;
            }

            if (IsGroup(text, lexicon, k) || (t is "they" && GroupEarlier(text, lexicon, k)))
            {
                subject = k;
                break;
            }
        }

        if (subject < 0)
        {
            return null;
        }

        for (var k = come + 1; k < Math.Min(count, come + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is not "for")
            {
                continue;
            }

            for (var b = k + 1; b < Math.Min(count, k + 4) && !ThreatIntent.SentenceBreakBefore(text, b); b++)
            {
                if (IsHandout(text.TokenText(b)))
                {
                    return Sentences.EndsInQuestion(text, b, count) ? null : (subject, b);
                }
            }

            return null;
        }

        return null;
    }

    private static bool IsHandout(ReadOnlySpan<char> t) =>
        t is "benefits" or "benefit" or "handouts" or "handout" or "freebies" or "welfare" or "dole" or "nhs" or "housing" or "houses"
            or "hotels" or "hotel" or "pocket" or "payouts" or "allowance" or "allowances" or "giro" or "giros" or "council" or "taxpayer" or "free";

    // "never done a day's work", "straight onto benefits", "always has its hand out", "nice life on the taxpayer",
    // "Nice work if you can get it" after a group's handouts: freeloading said of a protected group named in the
    // sentence or the one before. Not where the law keeps them from work ("aren't allowed to work, so …").
    private static (int First, int Last)? Freeloading(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var last = text.TokenText(i) switch
        {
            "never" when At(text, i + 1) is "done" or "did" or "worked" && At(text, i + 2) is "a" && At(text, i + 3) is "day" => i + 3,
            "straight" when At(text, i + 1) is "onto" or "on" or "into" && HandoutWithin(text, i + 2, count, 3) is { } h => h,
            "hand" or "hands" when At(text, i - 1) is "its" or "their" && At(text, i + 1) is "out" => i + 1,
            "nice" when (At(text, i + 1) is "life" && At(text, i + 2) is "on")
                        || (At(text, i + 1) is "work" && At(text, i + 2) is "if" && HandoutWithin(text, 0, count, count) is not null)
                => i + 2,
            "nice" when At(text, i + 1) is "arrangement" or "earner" or "racket" && HandoutWithin(text, 0, count, count) is not null => i + 1,
            "dime" when At(text, i - 1) is "s" && At(text, i - 2) is "taxpayer" or "taxpayers" => i,
            _ => -1,
        };
        if (last < 0)
        {
            return null;
        }

        var start = Sentences.Start(text, i);
        var earliest = start > 0 ? Sentences.Start(text, start - 1) : start;
        var group = -1;
        for (var k = earliest; k < count && (k < i || !Sentences.BreakBefore(text, k)); k++)
        {
            var t = text.TokenText(k);
            if (t is "allowed" or "barred" or "banned" or "permitted" or "forbidden")
            {
                return null;
            }

            if (group < 0 && IsGroup(text, lexicon, k))
            {
                group = k;
            }
        }

        return group >= 0 ? (Math.Min(group, i), Math.Max(group, last)) : null;
    }

    private static int? HandoutWithin(NormalizedText text, int from, int count, int span)
    {
        for (var k = from; k < Math.Min(count, from + span); k++)
        {
            if (IsHandout(text.TokenText(k)))
            {
                return k;
            }
        }

        return null;
    }
}
