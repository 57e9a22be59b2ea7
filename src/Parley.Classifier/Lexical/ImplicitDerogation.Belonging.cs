using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

internal static partial class ImplicitDerogation
{
    // "She only got the job because the board wanted a X", "which I'm sure was the main qualification", "ticks a box
    // for HR", "a diversity hire": a member's place put down to the group alone. ("… because she's a X" is
    // GroupInsinuation.OnlyBecause.)
    private static (int First, int Last)? TokenHire(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        switch (text.TokenText(i))
        {
            case "because":
                var only = -1;
                var placed = false;
                for (var k = i - 1; k >= 0 && i - k < 10 && !Sentences.BreakBefore(text, k + 1); k--)
                {
                    var t = text.TokenText(k);
                    if (Features.IsNegator(t, At(text, k - 1)))
                    {
                        return null; // "She didn't get it just because they wanted a woman"
                    }

                    only = only < 0 && t is "only" or "just" or "solely" or "purely" ? k : only;
                    placed |= t is "got" or "get" or "gets" or "hired" or "picked" or "chosen" or "selected" or "promoted" or "appointed" or "elected"
                        or "job" or "role" or "place" or "seat" or "there" or "in";
                }

                if (only < 0 || !placed)
                {
                    return null;
                }

                for (var k = i + 1; k < Math.Min(count, i + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
                {
                    if (text.TokenText(k) is "wanted" or "needed" or "had")
                    {
                        var end = MemberEnd(text, lexicon, At(text, k + 1) is "another" or "some" ? k + 2 : k + 1, count);
                        return end >= 0 ? (only, end) : null;
                    }
                }

                return null;
            case "qualification" when At(text, i - 1) is "main" or "only" or "real" or "sole" or "key" or "biggest" or "chief":
                return AsIf(text, i) || Sentences.EndsInQuestion(text, i, count) ? null : QualifiedBy(text, lexicon, i) is { } g ? (g, i) : null;
            case "box" when At(text, i - 1) is "a" or "diversity" or "quota" or "dei" && At(text, i - 2) is "ticks" or "tick" or "ticked" or "ticking" or "a"
                                                                                      && !Features.IsNegator(At(text, i - 3), At(text, i - 4)):
                return GroupInOrBefore(text, lexicon, i, count) is { } b ? (Math.Min(b, i - 2), Math.Max(b, i)) : null;
            case "hire" or "hires" or "appointment" when At(text, i - 1) is "diversity" or "quota" or "dei" && At(text, i - 2) is "a" or "another" or "the"
                                                                                                              && !CalledBefore(text, i - 2):
                return GroupInOrBefore(text, lexicon, i, count) is { } h ? (Math.Min(h, i - 1), Math.Max(h, i)) : null;
            default:
                return null;
        }
    }

    // "…, which I'm sure was the main qualification" right after the group's name ("The new chief is X, which …"), or
    // "being a X was the main qualification"; not "… has 30 years' service, which was the main qualification".
    private static int? QualifiedBy(NormalizedText text, Lexicon lexicon, int i)
    {
        for (var k = i - 2; k >= Math.Max(0, i - 9); k--)
        {
            var t = text.TokenText(k);
            if (t is "which" or "that")
            {
                var g = k - 1;
                return g >= 0 && (text.GapBefore(k).IndexOfAny(".,;") >= 0 || Sentences.BreakBefore(text, k)) && IsGroup(text, lexicon, g)
                    ? Features.RunStart(text, lexicon, g)
                    : null;
            }

            if (t is "being")
            {
                var g = MemberEnd(text, lexicon, k + 1, i);
                return g >= 0 ? k : null;
            }
        }

        return null;
    }

    // "as if it were the main qualification": the writer mocks someone else's view.
    private static bool AsIf(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 6) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "if" or "though" && At(text, k - 1) is "as")
            {
                return true;
            }
        }

        return false;
    }

    // "smeared as a diversity hire", "called her a diversity hire": a label others used.
    private static bool CalledBefore(NormalizedText text, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 3); j--)
        {
            if (ReportedSpeech.IsSaying(text.TokenText(j)) || text.TokenText(j) is "smeared" or "branded" or "dismissed" or "painted" or "mocked"
                    or "derided" or "accused" or "smear" or "brand" or "dismiss")
            {
                return true;
            }
        }

        return false;
    }

    // A protected group in the sentence of token i or the one before, not as the victim; null when there is none.
    private static int? GroupInOrBefore(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var start = Sentences.Start(text, i);
        for (var k = start > 0 ? Sentences.Start(text, start - 1) : 0; k < count && (k <= i || !Sentences.BreakBefore(text, k)); k++)
        {
            if (IsGroup(text, lexicon, k) && !IsNationality(text.TokenText(k)) && !IsVictim(text, k, count))
            {
                return k;
            }
        }

        return null;
    }

    private static bool IsNationality(ReadOnlySpan<char> t) =>
        t is "british" or "english" or "american" or "americans" or "irish" or "scottish" or "welsh" or "french" or "german" or "italian"
            or "australian" or "aussie" or "canadian" or "european" or "brit" or "brits" or "englishman" or "englishwoman" or "citizen"
            or "citizens" or "kiwi" or "dutch" or "spanish" or "swedish" or "norwegian" or "danish";

    // "a X lad is never really English, is he", "waving flags doesn't make them British", "he'll always be X first",
    // "Not proper fans.", "isn't a real family": belonging denied to a group's members. Not "… until the press stops
    // othering them" (a complaint about others) and not said by others ("are often told they'll always be guests").
    private static (int First, int Last)? BelongingDenied(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        int last;
        if (t is "make" or "makes" && Features.IsNegator(At(text, i - 1), At(text, i - 2)) || (t is "make" && At(text, i - 1) is "never" or "t"))
        {
            var k = i + 1;
            k += At(text, k) is "them" or "him" or "her" or "anyone" or "you" or "someone" or "somebody" or "anybody" ? 1 : 0;
            k += At(text, k) is "a" or "an" ? 1 : 0;
            k += At(text, k) is "real" or "proper" or "true" ? 1 : 0;
            last = k < count && IsNationality(At(text, k)) ? k : -1;
        }
        else if (t is "never" or "not" && At(text, i - 1) is "is" or "are" or "s" or "re" or "will" or "ll" or "was" or "were")
        {
            var k = i + 1;
            k += At(text, k) is "be" ? 1 : 0;
            k += At(text, k) is "really" or "truly" or "properly" or "fully" or "actually" ? 1 : 0;
            k += At(text, k) is "a" or "an" ? 1 : 0;
            k += At(text, k) is "real" or "proper" or "true" ? 1 : 0;
            last = k < count && (IsNationality(At(text, k)) || At(text, k) is "one" && At(text, k + 1) is "of" && At(text, k + 2) is "us") ? k : -1;
        }
        else if (t is "real" or "proper" or "true" or "genuine" && NegatedAt(text, i - (At(text, i - 1) is "a" ? 2 : 1))
                 && (At(text, i + 1) is "fans" or "supporters" or "athletes" or "family" or "families" or "citizens" or "parents" or "dads" or "mums"
                     or "moms" or "marriage" or "marriages" || IsNationality(At(text, i + 1))))
        {
            last = i + 1;
        }
        else if (t is "first" && At(text, i - 2) is "be" && At(text, i - 3) is "always" && lexicon.Category(At(text, i - 1)) == LexiconCategory.Identity)
        {
            last = i;
        }
        else if (t is "guests" or "foreigners" or "outsiders" or "visitors" or "strangers" && At(text, i - 1) is "be" && At(text, i - 2) is "always")
        {
            last = i;
        }
        else
        {
            return null;
        }

        if (last < 0 || ReportedSpeech.SaidBefore(text, i))
        {
            return null;
        }

        for (var k = last + 1; k < Math.Min(count, last + 4) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "until" or "unless" or "while" or "eyes" or "if")
            {
                return null;
            }
        }

        return GroupInOrBefore(text, lexicon, i, count) is { } g && g != last ? (Math.Min(g, i), last) : null;
    }

    private static bool NegatedAt(NormalizedText text, int k) => Features.IsNegator(At(text, k), At(text, k - 1));

    // "Ever noticed how it's always the X neighbourhoods that …? Just asking the question.", "Why do Xs always …?
    // Genuinely asking.", "… Pure coincidence, I'm sure.": a question about a group closed by a wink, with no answer
    // after it ("Genuinely asking, because police data shows no link" asks in good faith).
    private static (int First, int Last)? ClosingInsinuation(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        var marker = t switch
        {
            "asking" when At(text, i - 1) is "just" or "genuinely" or "only" or "honestly" or "merely" => i - 1,
            "question" when At(text, i - 1) is "genuine" or "honest" && (i == 1 || Sentences.BreakBefore(text, i - 1)) => i - 1,
            "question" when At(text, i - 1) is "the" && At(text, i - 2) is "asking" && At(text, i - 3) is "just" => i - 3,
            "observation" when At(text, i - 1) is "an" && At(text, i - 2) is "just" => i - 2,
            "it" when At(text, i - 1) is "about" && At(text, i - 2) is "think" => i - 2,
            "conclusions" when At(text, i - 1) is "own" && At(text, i - 2) is "your" && At(text, i - 3) is "draw" => i - 3,
            "will" when At(text, i - 1) is "you" && At(text, i - 2) is "what" && At(text, i - 3) is "that" && At(text, i - 4) is "of" => i - 5,
            "coincidence" => At(text, i - 1) is "pure" or "total" or "complete" or "mere" or "just" ? i - 1 : i,
            "sure" when At(text, i - 1) is "m" or "am" && At(text, i - 2) is "i" => i - 2,
            _ => -1,
        };

        // The wink ends the comment: nothing but "I'm sure", "eh" or punctuation after it.
        if (marker < 0 || !ClosesComment(text, i, count))
        {
            return null;
        }

        // The group in the sentence before the wink or in its own sentence, in a question or a "funny how" aside.
        var start = Sentences.Start(text, marker);
        var from = start > 0 ? Sentences.Start(text, start - 1) : 0;
        // It asks why, or notices, and it generalises ("always", "every", "so many"): "Is the X community in Bradford
        // larger than in Birmingham? Genuine question." asks in good faith.
        var asks = -1;
        var generalises = false;
        var group = -1;
        for (var k = from; k < marker; k++)
        {
            var w = text.TokenText(k);
            asks = asks < 0 && (w is "why" or "noticed" or "notice" or "wonder" or "wondered" or "funny" or "strange" or "odd"
                                || (w is "come" or "is" && At(text, k - 1) is "how")) ? k : asks;
            generalises |= w is "always" or "every" or "all" or "wherever" or "whenever" or "same" or "never" or "constantly"
                           || (w is "many" && At(text, k - 1) is "so");
            // The question's subject, a few words after it asks ("Why do Xs always …"), not a clause inside it ("every time
            // a X is in the news, the comments fill with …"), and the group's people, not its shops ("Why is the X deli
            // always out of pierogi? Just asking.").
            if (group < 0 && asks >= 0 && k - asks <= 7 && At(text, Features.RunStart(text, lexicon, k) - 2) is not ("time" or "when" or "whenever")
                && At(text, Features.RunStart(text, lexicon, k) - 1) is not ("when" or "whenever")
                && IsGroup(text, lexicon, k) && !IsNationality(w) && !IsVictim(text, k, count) && !Blamed(text, k, count)
                && (IsMemberNoun(At(text, k + 1)) || At(text, k + 1) is "community" or "communities" or "neighbourhoods" or "neighborhoods"
                    || (GroupPredicate.GroupNounEnd(text, lexicon, k, count)
                        && (w[^1] == 's' || k + 1 >= count || Sentences.BreakBefore(text, k + 1)
                            || At(text, k + 1) is "are" or "were" or "have" or "always" or "never" or "all" or "do" or "don" or "get" or "keep"
                                or "seem" or "who" or "that" or "and" or "or" or "end"))))
            {
                group = k;
            }
        }

        return group >= 0 && generalises ? (group, i) : null;
    }

    private static bool ClosesComment(NormalizedText text, int i, int count)
    {
        for (var k = i + 1; k < count; k++)
        {
            if (text.TokenText(k) is not ("i" or "m" or "am" or "sure" or "eh" or "mate" or "folks" or "people" or "the" or "question" or "then"))
            {
                return false;
            }
        }

        return true;
    }

    // The group as the one blamed or singled out ("always Muslims who get blamed", "Black men stopped and searched").
    private static bool Blamed(NormalizedText text, int group, int count)
    {
        for (var k = group + 1; k < Math.Min(count, group + 5) && !Sentences.BreakBefore(text, k); k++)
        {
            // "Why do Xs always get asked …": done to them.
            var passive = text.TokenText(k) is "get" or "gets" or "got" or "getting" && k <= group + 3;
            if (passive || text.TokenText(k) is "blamed" or "accused" or "stopped" or "searched" or "criticised" or "criticized" or "singled"
                or "picked" or "arrested" or "scapegoated" or "demonised" or "demonized" or "vilified" or "suspected" or "profiled" or "excluded"
                or "ignored" or "underpaid" or "overlooked" or "blame")
            {
                return true;
            }
        }

        return false;
    }
}
