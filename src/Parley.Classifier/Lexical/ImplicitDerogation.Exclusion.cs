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

        // The folly is what the hiring is: "Hiring a X is basically …", "… that hires a X deserves to go bankrupt"; not
        // "hiring a X manager looked a gamble, and then they won the title", "hiring a X chef was the opposite of wasting money".
        var p = end + 1;
        p += At(text, p) is "is" or "s" or "was" or "would" or "will" ? 1 : 0;
        if (p == end + 1 && At(text, p) is not "deserves")
        {
            return null;
        }

        for (var k = p; k < Math.Min(count, p + 9) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (Features.IsNegator(t, At(text, k - 1)) || t is "opposite" or "instead" or "stopped" or "saved" or "saving" or "best")
            {
                return null;
            }

            if (t is "charity" or "bankrupt" or "liability"
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

        // "I'd rather be a X teaching here than a X teaching anywhere else": the writer's own group, compared with itself.
        if (rather < 0 || At(text, rather + 2) is "be")
        {
            return null;
        }

        var g = than + 1;
        g += At(text, g) is "a" or "an" or "some" or "any" ? 1 : 0;
        var end = lexicon.Category(At(text, g)) != LexiconCategory.Identity ? -1 : MemberEnd(text, lexicon, g, count);
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

        // Not a condition ("… are only eligible for the board if they have lived here five years").
        for (var k = fit + 2; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "if" or "unless" or "once" or "after" or "until" or "provided")
            {
                return null;
            }
        }

        return At(text, fit) is "fit" or "good" or "suited" or "useful" && At(text, fit + 1) is "for" && !Sentences.EndsInQuestion(text, fit, count)
            ? (Math.Min(group, only), fit + 1)
            : null;
    }

    // "I'd never let a X near my kids": one of them kept from the writer's children as a danger.
    private static (int First, int Last)? LetNear(NormalizedText text, Lexicon lexicon, int let, int count)
    {
        // An odd number of refusals: "I'd never refuse to let a X look after my children" lets them.
        var refusals = 0;
        for (var k = let - 1; k >= Math.Max(0, let - 4) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            refusals += Features.IsNegator(text.TokenText(k), At(text, k - 1)) || text.TokenText(k) is "refuse" or "refused" ? 1 : 0;
        }

        var refused = refusals % 2 == 1;

        var g = let + 1;
        g += At(text, g) is "a" or "an" or "any" or "one" ? 1 : 0;
        var end = refused && lexicon.Category(At(text, g)) == LexiconCategory.Identity ? MemberEnd(text, lexicon, g, count) : -1;
        if (end < 0)
        {
            return null;
        }

        // "near / around my kids", "look after / babysit / teach my kids"
        var p = end + 1;
        p += At(text, p) is "anywhere" ? 1 : 0;
        p += At(text, p) is "look" or "care" && At(text, p + 1) is "after" or "for" ? 1 : 0;
        return At(text, p) is "near" or "around" or "within" or "after" or "for" or "babysit" or "teach" or "mind" or "coach"
               && At(text, p + 1) is "my" or "our"
               && At(text, p + 2) is "kids" or "children" or "child" or "daughter" or "daughters" or "son" or "sons" or "family" or "grandkids"
               && !Sentences.EndsInQuestion(text, p, count)
            ? (let, p + 2)
            : null;
    }

    // "keep them away from the traffickers / the thugs": protected, not excluded.
    private static bool DangerAfter(NormalizedText text, int k, int count)
    {
        for (var end = Math.Min(count, k + 6); k < end && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "traffickers" or "smugglers" or "thugs" or "gangs" or "gang" or "abuse" or "abusers" or "harm" or "danger"
                or "dangers" or "violence" or "predators" or "racists" or "extremists" or "bullies" or "trouble" or "exploitation" or "war"
                or "bombs" or "fighting" or "mobs" or "mob" or "attackers" or "hate" or "bigots" or "cold")
            {
                return true;
            }
        }

        return false;
    }

    // "leave the nursing and the teaching to our own / to the rest of us / to the blokes": the work kept for the writer's
    // side (not "leave the politics to the politicians").
    private static bool LeftToUs(NormalizedText text, int k, int count)
    {
        for (; k < Math.Min(count, k + 8) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "to")
            {
                var w = At(text, k + 1);
                var v = At(text, k + 2);
                return w is "us" or "our" or "real" or "proper" || (w is "the" && v is "rest" or "blokes" or "men" or "lads" or "natives" or "locals");
            }
        }

        return false;
    }

    // "Xs are grand for picking fruit. Leave the nursing to our own.", "Xs are fine in banking, but keep them away from
    // foreign policy", "Xs are welcome to run the corner shops, but they've no business near …": a place granted, then
    // the rest refused. Both halves: a concession alone is praise, and "keep them away from" alone can protect them.
    private static (int First, int Last)? ConcededThenRefused(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        // The group right before "are" / "make", in the plural.
        var g = verb - 1;
        if (g < 0 || !IsGroup(text, lexicon, g) && !(IsMemberNoun(At(text, g)) && g > 0 && IsGroup(text, lexicon, --g)))
        {
            return null;
        }

        if (!PluralPeople(text, lexicon, g, count) || At(text, verb + 1) is "not" or "never" || NegatedAt(text, verb + 1))
        {
            return null;
        }

        var conceded = -1;
        for (var k = verb + 1; k < Math.Min(count, verb + 4) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "fine" or "grand" or "welcome" or "great" or "perfect" or "good" or "lovely" or "ok" or "okay" or "brilliant"
                or "useful" or "handy" or "ideal")
            {
                conceded = k;
                break;
            }
        }

        if (conceded < 0)
        {
            return null;
        }

        // The refusal in the rest of this sentence or the next.
        var sentences = 0;
        for (var k = conceded + 1; k < count; k++)
        {
            if (Sentences.BreakBefore(text, k) && ++sentences > 1)
            {
                break;
            }

            var t = text.TokenText(k);
            var refused = (t is "keep" && At(text, k + 1) is "them" && At(text, k + 2 + (At(text, k + 2) is "well" or "far" ? 1 : 0)) is "away" or "off" or "out" or "clear")
                          || (t is "leave" && At(text, k + 1) is "the" && LeftToUs(text, k + 2, count))
                          || (t is "business" && At(text, k - 1) is "no") || (t is "put" && At(text, k + 1) is "them" && NegatedAt(text, k - 1))
                          || (t is "belong" && At(text, k - 1) is "they" && At(text, k - 2) is "where")
                          || (t is "thanks" && At(text, k - 1) is "no")
                          || (t is "stay" or "keep" && At(text, k - 1) is "they" && At(text, k - 2) is "as" && At(text, k - 3) is "long");
            if (refused && !(t is "keep" && DangerAfter(text, k + 2, count)))
            {
                return (Features.RunStart(text, lexicon, g), k + 1 < count ? k + 1 : k);
            }
        }

        return null;
    }
}
