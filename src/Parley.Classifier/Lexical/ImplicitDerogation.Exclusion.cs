using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

internal static partial class ImplicitDerogation
{
    // "Hiring a X is basically a charity project", "Any company that hires a X deserves to go bankrupt": employing one of
    // them framed as folly. Not denied ("Hiring a X isn't charity, it's good business").
    private static (int First, int Last)? HiringFolly(NormalizedText text, Lexicon lexicon, int hire, int count)
    {
        var g = hire + 1;
        g += At(text, g) is "a" or "an" or "any" or "another" ? 1 : 0;
        var end = MemberEnd(text, lexicon, g, count);
        if (end < 0 || lexicon.Category(At(text, g)) != LexiconCategory.Identity)
        {
            return null;
        }

        for (var k = end + 1; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (Features.IsNegator(t, At(text, k - 1)))
            {
                return null;
            }

            if (t is "charity" or "bankrupt" or "liability" or "mistake" or "gamble"
                || (t is "fire" && At(text, k - 1) is "on" && At(text, k - 2) is "money")
                || (t is "money" && At(text, k - 1) is "burning" or "wasting" or "throwing")
                || (t is "waste" && At(text, k + 1) is "of")
                || (t is "under" && At(text, k - 1) is "go" or "going")
                || (t is "trouble" && At(text, k - 1) is "for" && At(text, k - 2) is "asking"))
            {
                return (hire, k);
            }
        }

        return null;
    }

    // "I'd rather have a rat in my kitchen than a X living next door": anything sooner than one of them near. The group
    // right after "than", then living, working or moving near (GroupInsinuation.RatherThan reads "… than live next to a X").
    private static (int First, int Last)? RatherThanNear(NormalizedText text, Lexicon lexicon, int than, int count)
    {
        var rather = -1;
        for (var k = than - 1; k >= 0 && than - k < 14 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "rather" or "sooner" && At(text, k - 1) is "d" or "would" or "i" or "id" or "much")
            {
                rather = k - 1;
                break;
            }
        }

        var g = than + 1;
        g += At(text, g) is "a" or "an" or "some" or "any" ? 1 : 0;
        var end = rather < 0 || lexicon.Category(At(text, g)) != LexiconCategory.Identity ? -1 : MemberEnd(text, lexicon, g, count);
        return end >= 0 && At(text, end + 1) is "living" or "moving" or "working" or "renting" or "next" or "teaching" or "babysitting"
                   or "nursing" or "marrying" or "dating" or "sitting" or "staying"
            ? (rather, end + 1)
            : null;
    }

    // "The only job Xs are fit for is scrubbing toilets", "Xs are only good for cleaning": a group's use limited to menial
    // work (what they are "good for"; "Xs are only allowed to vote in …" is a report of a law and stays).
    private static (int First, int Last)? OnlyFitFor(NormalizedText text, Lexicon lexicon, int only, int count)
    {
        int group, fit;
        if (At(text, only + 1) is "job" or "jobs" or "thing" or "work" or "use" or "place" or "role" or "roles" or "position")
        {
            group = only + 2 + (At(text, only + 2) is "that" ? 1 : 0);
            var end = MemberEnd(text, lexicon, group, count);
            if (end < 0 || At(text, end + 1) is not ("are" or "is" or "re"))
            {
                return null;
            }

            fit = end + 2;
        }
        else if (At(text, only - 1) is "are" or "re" && only >= 2 && IsGroup(text, lexicon, only - 2) && PluralPeople(text, lexicon, only - 2, count))
        {
            group = Features.RunStart(text, lexicon, only - 2);
            fit = only + 1;
        }
        else
        {
            return null;
        }

        return At(text, fit) is "fit" or "good" or "suited" or "useful" or "qualified" && At(text, fit + 1) is "for" && !Sentences.EndsInQuestion(text, fit, count)
            ? (Math.Min(group, only), fit + 1)
            : null;
    }

    // "I'd never let a X near my kids": one of them kept from the writer's children as a danger.
    private static (int First, int Last)? LetNear(NormalizedText text, Lexicon lexicon, int let, int count)
    {
        var refused = false;
        for (var k = let - 1; k >= Math.Max(0, let - 4) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            refused |= Features.IsNegator(text.TokenText(k), At(text, k - 1));
        }

        var g = let + 1;
        g += At(text, g) is "a" or "an" or "any" or "one" ? 1 : 0;
        var end = refused && lexicon.Category(At(text, g)) == LexiconCategory.Identity ? MemberEnd(text, lexicon, g, count) : -1;
        if (end < 0)
        {
            return null;
        }

        var p = end + 1;
        p += At(text, p) is "anywhere" ? 1 : 0;
        return At(text, p) is "near" or "around" or "within" && At(text, p + 1) is "my" or "our"
               && At(text, p + 2) is "kids" or "children" or "child" or "daughter" or "daughters" or "son" or "sons" or "family" or "grandkids"
               && !Sentences.EndsInQuestion(text, p, count)
            ? (let, p + 2)
            : null;
    }
}
