using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

internal static partial class ImplicitDerogation
{
    // "… and of course he turns out to be X", "Pickpocket gang on the Tube. Xs, naturally.", "Let me guess, X?",
    // "Refugee charged with assault. Who could have seen that coming.": mock surprise that an offender is one of a group.
    // A review's civil sentences aimed the same markers at someone else (the police, a board, the insurers) or named the
    // group as the hero or the victim, so the group must be what the marker comments on: the offender identified as one
    // of them next to the marker, or the subject of the offence in the sentence before it; and the comment must report
    // an offence.
    private static (int First, int Last)? NoSurprise(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        (int From, int Group) found = t switch
        {
            // "of course he's / he turns out to be / every one of them turns out to be X"
            "course" when At(text, i - 1) is "of" => (i - 1, Identified(text, lexicon, i + 1, count)),
            // "Xs, naturally." closing its sentence
            "naturally" or "obviously" or "predictably" when i + 1 >= count || Sentences.BreakBefore(text, i + 1)
                => (i, GroupJustBefore(text, lexicon, i)),
            // "Let me guess, X?", "guess he'd be X"
            "guess" when At(text, i - 1) is "me" && At(text, i - 2) is "let" => (i - 2, GroupRightAfter(text, lexicon, i + 1, count)),
            "guess" => (i, Identified(text, lexicon, i + 1, count)),
            // "If the article had said the suspects were Xs, nobody would have been surprised."
            "surprised" or "shocked" when At(text, i - 1) is "been" or "be" && NobodyWould(text, i - 1) is { } nobody
                => (nobody, SuspectsWere(text, lexicon, nobody, count)),
            _ => (-1, -1),
        };

        if (found.From < 0)
        {
            var from = t switch
            {
                "surprise" or "surprises" when At(text, i - 1) is "no" && (i + 1 >= count || At(text, i + 1) is "there" || Sentences.BreakBefore(text, i + 1))
                    => i - 1,
                "surprise" when At(text, i - 1) is "surprise" => i - 1,
                "shocked" or "surprised" when At(text, i - 1) is "s" or "is" && At(text, i - 2) is "nobody" or "noone" or "anyone" or "one"
                    => At(text, i - 3) is "say" && At(text, i - 4) is "t" && At(text, i - 5) is "can" ? i - 5 : i - 2, // "Can't say anyone's surprised."
                "shocking" when At(text, i + 1) is "i" && At(text, i + 2) is "know" => i, // "Shocking, I know."
                "thought" when At(text, i - 1) is "have" && At(text, i - 2) is "d" or "would" && At(text, i - 3) is "who" => i - 3,
                "expect" when ExpectAsked(text, i) is { } asked => asked,
                "coming" when At(text, i - 1) is "that" && At(text, i - 2) is "seen" or "saw" && At(text, i - 3) is "have" or "never"
                    => WhoCould(text, i - 3) ?? i - 2, // "Who could (possibly) have seen that coming."
                _ => -1,
            };

            // The marker opens its sentence and comments on the one before.
            if (from < 0 || !(from == Sentences.Start(text, from) || (from > 0 && text.GapBefore(from).IndexOf(',') >= 0)))
            {
                return null;
            }

            found = (from, OffenderBefore(text, lexicon, from, count));
        }

        // "Shocking, I know." ends at "know" (a span ending on "shocking" reads as a condemnation after it).
        var last = t is "shocking" ? i + 2 : i;
        return found.Group >= 0 && OffenceIn(text, count) && !IsVictim(text, found.Group, count)
            ? (Math.Min(found.From, found.Group), Math.Max(last, found.Group))
            : null;
    }

    // "he's X", "he turns out to be a X", "every one of them turns out to be a recent X", "the driver was X": the member
    // named as the complement of a pronoun or an offender, within a few words from k; -1 when there is none.
    private static int Identified(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        var subjectSeen = false;
        for (var j = k; j < Math.Min(count, k + 9) && !Sentences.BreakBefore(text, j); j++)
        {
            var w = text.TokenText(j);
            if (w is "he" or "she" or "they" or "it" or "them" or "suspect" or "driver" or "thief" or "attacker" or "killer" or "culprit"
                or "fraudster" or "gang" or "one" or "each" or "all")
            {
                subjectSeen = true;
                continue;
            }

            var copula = w is "s" or "is" or "was" or "were" or "re" or "are" || (w is "be" && At(text, j - 1) is "d" or "would" or "to");
            if (!copula)
            {
                if (w is "every" or "of" or "turns" or "turned" or "out" or "to" or "d" or "would" or "the")
                {
                    continue;
                }

                return -1;
            }

            if (!subjectSeen)
            {
                return -1;
            }

            var g = j + 1;
            g += At(text, g) is "a" or "an" ? 1 : 0;
            g += At(text, g) is "recent" or "illegal" or "young" or "local" or "another" ? 1 : 0;
            return GroupRightAfter(text, lexicon, g, count);
        }

        return -1;
    }

    // "nobody would (have) be(en)": the first token, or null.
    private static int? NobodyWould(NormalizedText text, int be)
    {
        var k = be - 1 - (At(text, be - 1) is "have" ? 1 : 0);
        return At(text, k) is "would" or "d" && At(text, k - 1) is "nobody" or "noone" or "one" ? k - 1 : null;
    }

    // "… the suspects were Xs, nobody would …": an offender identified as one of the group earlier in the sentence.
    private static int SuspectsWere(NormalizedText text, Lexicon lexicon, int marker, int count)
    {
        // Not a question, a rumour or a report ("The suspects were X, according to a fake forward", "Reports that the
        // robbers were Xs were false"), and not a nationality ("The attackers were Dutch, Ajax's front three").
        if (Sentences.EndsInQuestion(text, marker, count))
        {
            return -1;
        }

        var start = Sentences.Start(text, marker);
        for (var k = start; k < count && !(k > marker && Sentences.BreakBefore(text, k)); k++)
        {
            if (text.TokenText(k) is "according" or "reportedly" or "allegedly" or "rumour" or "rumours" or "rumor" or "rumors" or "false" or "fake"
                or "claimed" or "reported" or "reports" or "hoax" or "wrongly" or "untrue")
            {
                return -1;
            }
        }

        for (var k = start; k < marker; k++)
        {
            if (text.TokenText(k) is "suspect" or "suspects" or "robbers" or "killers" or "culprits" or "thieves" or "gang" or "perpetrators"
                    or "offenders" or "killer" or "culprit" or "thief" or "robber"
                && At(text, k + 1) is "was" or "were" or "are" or "is" or "s" or "re")
            {
                var g = k + 2 + (At(text, k + 2) is "a" or "an" ? 1 : 0);
                return lexicon.Category(At(text, g)) == LexiconCategory.Identity && !IsNationality(At(text, g)) && PeopleEnd(text, lexicon, g, count) is var e and >= 0
                    ? e
                    : -1;
            }
        }

        return -1;
    }

    // A protected group's name starting at g (its last token), or -1.
    private static int GroupRightAfter(NormalizedText text, Lexicon lexicon, int g, int count)
    {
        g += At(text, g) is "a" or "an" or "another" ? 1 : 0;
        var end = MemberEnd(text, lexicon, g, count);
        return end >= 0 && lexicon.Category(At(text, g)) == LexiconCategory.Identity && !Sentences.BreakBefore(text, g) ? end : -1;
    }

    // "Romanian Roma, naturally.": the group right before the comma that precedes the marker.
    private static int GroupJustBefore(NormalizedText text, Lexicon lexicon, int marker)
    {
        var g = marker - 1;
        g -= g >= 0 && IsMemberNoun(At(text, g)) ? 1 : 0;
        return g >= 0 && g >= Sentences.Start(text, marker) && IsGroup(text, lexicon, g) ? g : -1;
    }

    // The sentence (or clause) before the marker at k names the offender as one of a group: it is short and names the
    // member ("Another X."), ends by identifying them ("…, and he's X."), or has the group as the subject of an offence
    // ("X charged with assault in Cologne."); -1 when it does not.
    private static int OffenderBefore(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        if (k == 0)
        {
            return -1;
        }

        // The sentence before, or a short naming just before that ("Female driver. Reversed into a bollard. Nobody's shocked.").
        var start = Sentences.Start(text, k - 1);
        var before = start > 0 ? Sentences.Start(text, start - 1) : start;
        if (before < start && start - before <= 3)
        {
            start = before;
        }

        for (var j = start; j < k; j++)
        {
            // People, not their temple or shop ("X temple robbed again. Who could have seen that coming, after …").
            if (!IsGroup(text, lexicon, j) || IsNationality(text.TokenText(j)) || lexicon.Category(At(text, j + 1)) == LexiconCategory.Identity
                || PeopleEnd(text, lexicon, Features.RunStart(text, lexicon, j), count) is not (var end and >= 0) || IsVictim(text, j, count, reach: 7))
            {
                continue;
            }

            var identified = At(text, j - 1) is "s" or "is" or "was" or "re" or "are" or "a" or "an" or "another" && end + 1 >= k;
            var shortNaming = k - start <= 3 || (j - start <= 2 && Sentences.Start(text, j) == start && start < Sentences.Start(text, k - 1));
            var subjectOfOffence = false;
            for (var v = end + 1; v < Math.Min(k, end + 5); v++)
            {
                subjectOfOffence |= IsOffenceWord(text.TokenText(v));
            }

            if (identified || shortNaming || (subjectOfOffence && j - start <= 2))
            {
                return j;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> At(NormalizedText text, int k) => k >= 0 && k < text.TokenCount ? text.TokenText(k) : default;

    // "who could (possibly) have": the "who", or null.
    private static int? WhoCould(NormalizedText text, int have)
    {
        for (var k = have - 1; k >= Math.Max(0, have - 3); k--)
        {
            if (text.TokenText(k) is "who")
            {
                return k;
            }
        }

        return null;
    }

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
    private static bool OffenceIn(NormalizedText text, int count) => Sentences.AnyToken(text, count, IsOffenceWord);

    private static bool IsOffenceWord(ReadOnlySpan<char> t) =>
        t is "stabbing" or "stabbed" or "murder" or "murdered" or "murderer" or "assault" or "assaulted" or "rape" or "raped" or "robbery"
            or "robbed" or "mugged" or "mugging" or "burglary" or "burgled" or "theft" or "thief" or "thieves" or "stole" or "stolen" or "nicked"
            or "shoplifting" or "shoplifters" or "pickpocket" or "pickpockets" or "pickpocketing" or "fraud" or "scam" or "scammers" or "fake"
            or "counterfeit" or "bomb" or "bombing" or "arrested" or "charged" or "convicted" or "jailed" or "suspended" or "caught"
            or "seized" or "bust" or "busted" or "gang" or "cartel" or "smuggling" or "smuggled" or "trafficking" or "grooming" or "crash"
            or "crashed" or "reversed" or "fiddling" or "dealer" or "dealers" or "riot" or "looting" or "looted" or "vandalised"
            or "vandalized" or "arson" or "shooting" or "kidnapping" or "embezzlement" or "embezzled" or "bribery" or "bribe" or "corruption" or "steal" or "stealing"
            or "swindle" or "swindled" or "conned" or "ponzi" or "suspect" or "suspects" or "robber" or "robbers" or "attacker" or "attackers"
            or "culprit" or "culprits" or "perpetrator" or "perpetrators" or "offenders";

    // The group as the one harmed: "X teenager stabbed", "X family attacked", "X victims".
    private static bool IsVictim(NormalizedText text, int group, int count, int reach = 4)
    {
        for (var k = group + 1; k < Math.Min(count, group + reach) && !Sentences.BreakBefore(text, k); k++)
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
        if (arrival < 0 || !(since ? GroupInsinuation.DeclineBefore(text, k) is not null : NostalgiaBefore(text, k, text.TokenText(k) is "before"))
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

    // A place remembered as good in the sentence before k, or in k's own sentence before it ("was fine in the 80s",
    // "used to be lovely", "Quiet little seaside town"); only k's own sentence for "before".
    private static bool NostalgiaBefore(NormalizedText text, int k, bool sameSentenceOnly)
    {
        var start = Sentences.Start(text, k);
        if (!sameSentenceOnly && start == k && k > 0)
        {
            start = Sentences.Start(text, k - 1);
        }

        var good = false;
        for (var j = start; j < k; j++)
        {
            var t = text.TokenText(j);
            if (t is "lonely" or "dead" or "boring" or "empty" or "dull" or "grim" or "derelict" or "deserted" or "dying" or "rundown" or "bleak"
                or "sleepy" or "tired" or "shabby")
            {
                return false; // "quiet and a bit lonely until the X families moved in": a welcome, not a loss
            }

            if (Features.IsNegator(t, At(text, j - 1)))
            {
                return false; // "This neighbourhood was not nicer before Xs started moving in"
            }

            if (t is "lovely" or "nice" or "quiet" or "safe" or "decent" or "fine" or "grand" or "great" or "peaceful" or "clean" or "top"
                    or "beautiful" or "friendly" or "respectable" or "pleasant" or "thriving" or "proud" or "proper" or "nicer" or "safer"
                    or "better" or "quieter" or "cleaner" or "friendlier" or "lovelier")
            {
                good = true;
            }
        }

        return good;
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
                or "brought" or "boosted" or "transformed" or "enriched" or "safer" or "cleaner" or "nicer" or "happier" or "fell" or "dropped"
                or "friendly" or "helpful" or "tidy" or "polite" or "nice" or "generous" or "hardworking" or "decent" or "charming" or "delightful" or "glad" or "happy" or "grateful"
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
        if (At(text, i - 1) is not ("can" or "always" or "you") || At(text, i + 1) is not "when")
        {
            return null;
        }

        var p = i + 2;
        int group;
        if (At(text, p) is "they" && GroupPredicate.ProtectedGroupBefore(text, lexicon, p))
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
            // The sign itself would tell whether it is a slur ("… suddenly there's basil on every windowsill"), so only
            // the bare insinuation, closing the comment, is read.
            if (At(text, v) is "arrived" or "moved" or "come" or "came" or "settled" or "turned")
            {
                var close = v + 1;
                while (close < count && !Sentences.BreakBefore(text, close))
                {
                    close++;
                }

                return close >= count ? (i - 1, v) : null;
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

            if ((IsGroup(text, lexicon, k) && PluralPeople(text, lexicon, k, count)) || (t is "they" && GroupPredicate.ProtectedGroupBefore(text, lexicon, k)))
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

            if (group < 0 && IsGroup(text, lexicon, k) && PluralPeople(text, lexicon, k, count))
            {
                group = k;
            }
        }

        return group >= 0 ? (Math.Min(group, i), Math.Max(group, last)) : null;
    }

    // The whole group or many of its members, not one person ("My Irish grandmother came over for the NHS – to work in
    // it", "My gay son went straight onto benefits"): a plural name or a plural person noun, and no possessive before.
    private static bool PluralPeople(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        var first = Features.RunStart(text, lexicon, k);
        if (At(text, first - 1) is "my" or "our" or "his" or "her" or "your" or "their")
        {
            return false;
        }

        // (A plural name by itself too: in "Xs straight onto benefits" the run "Xs straight" reads as two identity words.)
        var end = MemberEnd(text, lexicon, k, count) is var e and >= 0 ? e : k;
        var t = text.TokenText(k);
        return (t.Length > 3 && t[^1] == 's' && t is not "trans") || GroupPredicate.GroupNounEnd(text, lexicon, end, count)
               || At(text, end) is "families" or "people" or "men" or "women" or "kids" or "lot" or "crowd" or "couples" or "folk" or "folks"
                   or "lads" or "workers" or "students" or "parents"
               || At(text, end + 1) is "community" or "communities";
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
