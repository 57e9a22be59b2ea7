using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Prejudice against one person for their group, and discrimination the writer declares (session 17: a development
/// set of identity attacks without slurs, `ia-dev`, scored such comments 1 of 20 and 1 of 20):
/// <list type="bullet">
/// <item>"What do you expect from a Jewish editor?", "What else would you expect from a X";</item>
/// <item>"He only got the job because he's Black", "She was only picked because she's a woman";</item>
/// <item>"I'd never hire a Muslim", "I wouldn't rent to Africans again", "I refuse to sit next to a X", "I won't let my
/// kids play with the X children";</item>
/// <item>"Typical French." / "Typical X behaviour": a group's name as the explanation of what someone did.</item>
/// </list>
/// A protected group only (not "What do you expect from a Tory?"), a person and not a thing ("What do you expect from
/// a Catholic school?", "Typical Irish weather"), and not reported (<see cref="ReportedSpeech"/>, checked by the caller).
/// </summary>
internal static partial class GroupInsinuation
{
    // "what (else) do you / would you / can you expect from a X (person)?"
    private static (int First, int Last)? ExpectFrom(NormalizedText text, Lexicon lexicon, int expect, int count)
    {
        var what = expect - 1;
        while (what >= 0 && expect - what < 5 && text.TokenText(what) is "do" or "you" or "would" or "d" or "can" or "else" or "did" or "could")
        {
            what--;
        }

        if (what < 0 || text.TokenText(what) is not "what" || expect + 2 >= count || text.TokenText(expect + 1) is not "from")
        {
            return null;
        }

        // One member, "a X (editor)": the plural ("What do you expect from Ukrainians? They're defending their homes.")
        // as often explains kindly, and a circumstance after the member ("… a Muslim doctor who has just worked a
        // fasting shift") explains by the circumstance.
        var g = expect + 2;
        if (text.TokenText(g) is not ("a" or "an"))
        {
            return null;
        }

        return MemberOrGroup(text, lexicon, g + 1, count) is { } end && !(end + 1 < count && !ThreatIntent.SentenceBreakBefore(text, end + 1)
                   && text.TokenText(end + 1) is "who" or "that" or "after" or "on" or "during" or "with" or "in" or "at")
               && text.TokenText(end) is not ("family" or "families")
            ? (what, end) : null;
    }

    // "(he / she) only got the job because he's Black", "was only hired because she's a woman": a place or a win
    // explained by the group alone. The sentence has "only" or "just" before "because".
    private static (int First, int Last)? OnlyBecause(NormalizedText text, Lexicon lexicon, int because, int count)
    {
        var only = -1;
        var won = false;
        for (var k = because - 1; k >= 0 && because - k < 10 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            won |= (t is "picked" && !(k + 1 < count && text.TokenText(k + 1) is "on")) // not "picked on"
                   || t is "job" or "role" or "hired" or "selected" or "promoted" or "elected" or "appointed" or "chosen"
                or "won" or "gig" or "seat" or "part" or "place" or "promotion" or "award" or "nominated" or "shortlisted" or "cast";
            if (only < 0 && t is "only" or "just" or "solely" or "purely")
            {
                only = k;
            }

            // "He wasn't picked just because he's Black", "Don't judge him just because …"
            if (Features.IsNegator(t, k > 0 ? text.TokenText(k - 1) : default))
            {
                return null;
            }
        }

        // A place or a win explained by the group alone, not a harm ("stopped by police just because he's Black").
        if (!won)
        {
            return null;
        }

        var p = because + 1;
        if (only < 0 || p + 1 >= count || text.TokenText(p) is not ("he" or "she" or "they"))
        {
            return null;
        }

        p++;
        if (text.TokenText(p) is "s" or "is" or "re" or "are" or "was" or "were")
        {
            p++;
        }

        if (p < count && text.TokenText(p) is "a" or "an")
        {
            p++;
        }

        // "only got the job because she's a woman": "woman" is a group here, as "Black" and "gay" are.
        return p < count && ((lexicon.Category(text.TokenText(p)) == LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, p))
                             || text.TokenText(p) is "woman" or "female")
               && (p + 1 >= count || Sentences.BreakBefore(text, p + 1) || text.GapBefore(p + 1).IndexOf(',') >= 0
                   || text.TokenText(p + 1) is "and" or "or" or "woman" or "man")
            ? (only, p) : null;
    }

    // "I'd never hire a X", "I wouldn't rent to Xs", "I refuse to sit next to a X", "I won't let my kids play with X
    // children": the writer's refusal to deal with a group. The writer ("I", "we") refuses or will never do it.
    private static (int First, int Last)? WillNotDeal(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        // The writer ("I", "we") and an odd number of refusals ("I would never refuse to hire a X" accepts); not a question.
        var refusal = -1;
        var refusals = 0;
        for (var k = verb - 1; k >= 0 && verb - k < 7 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (t is "i" or "we" or "id" or "ill" or "im")
            {
                refusal = refusals % 2 == 1 && !Sentences.EndsInQuestion(text, verb, count) ? k : -1;
                break;
            }

            if (t is "never" or "refuse" or "wouldnt" or "wont" or "t" or "not")
            {
                refusals++;
                refusal = -2; // seen, but no writer yet
            }
            else if (t is not ("d" or "would" or "will" or "ll" or "to" or "again" or "ever" or "m" or "am" or "just" or "simply" or "won" or "wouldn"))
            {
                return null;
            }
        }

        if (refusal < 0)
        {
            return null;
        }

        var v = text.TokenText(verb);
        var g = verb + 1;
        if (v is "see" or "accept" or "treat" or "consider" or "regard")
        {
            return AsEquals(text, lexicon, g, count) is { } denied ? (refusal, denied) : null;
        }

        // "rent to", "sell to", "sit next to", "vote for", "let my kids play with"
        if (v is "rent" or "sell" && g < count && text.TokenText(g) is "to")
        {
            g++;
        }
        else if (v is "rent" or "sell")
        {
            return null; // "I'd never rent a flat in Leeds"
        }
        else if (v is "sit" && g + 1 < count && text.TokenText(g) is "next" && text.TokenText(g + 1) is "to")
        {
            g += 2;
        }
        else if (v is "sit")
        {
            return null;
        }
        else if (v is "vote" && g < count && text.TokenText(g) is "for")
        {
            g++;
        }
        else if (v is "let")
        {
            while (g < count && g - verb < 5 && text.TokenText(g) is not "with")
            {
                g++;
            }

            g++;
            if (g - verb > 5 || g >= count || text.TokenText(verb + 1) is not ("my" or "our"))
            {
                return null;
            }
        }

        while (g < count && text.TokenText(g) is "a" or "an" or "any" or "the" or "another" or "one")
        {
            g++;
        }

        // "I'd never trust a Russian diplomat" distrusts a state's envoys; "… trust a Russian" distrusts a people.
        return MemberOrGroup(text, lexicon, g, count, roles: v is not ("trust" or "vote")) is { } end ? (refusal, end) : null;
    }

    // After "I will never see / accept / treat …": a protected group and "as (my) equals / human / people"; not "I'll never
    // see Italians as rivals" nor "never see a Muslim as a threat" (which denies the prejudice).
    private static int? AsEquals(NormalizedText text, Lexicon lexicon, int g, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        while (At(g) is "a" or "an" or "any" or "the" or "those" or "these")
        {
            g++;
        }

        if (g >= count || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g))
        {
            return null;
        }

        var k = g + 1;
        while (lexicon.Category(At(k)) == LexiconCategory.Identity || ThreatIntent.IsPersonNoun(At(k)))
        {
            k++;
        }

        if (At(k) is not "as")
        {
            return null;
        }

        k++;
        while (At(k) is "my" or "our" or "an" or "a" or "real" or "true" or "fully" or "proper" or "fellow" or "full")
        {
            k++;
        }

        // The phrase ends there: not "as people who need fixing", "as citizens of a lesser kind".
        var end = At(k) is "one" && At(k + 1) is "of" && At(k + 2) is "us" ? k + 2 : k;
        return (At(k) is "equal" or "equals" or "human" or "humans" or "people" or "citizens" or "peers" || end > k)
               && (end + 1 >= count || Sentences.BreakBefore(text, end + 1) || text.GapBefore(end + 1).IndexOf(',') >= 0
                   || At(end + 1) is "and" or "but" or "because" or "ever" or "again" or "whatever" or "no" or "full")
            ? end : null;
    }

    // "Typical French.", "Typical Muslim behaviour", "typical woman driver": a group named as the cause. Not "Typical
    // Irish weather" or "a typical Polish breakfast".
    private static (int First, int Last)? Typical(NormalizedText text, Lexicon lexicon, int typical, int count)
    {
        var g = typical + 1;
        if (g >= count || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g)
            || (typical > 0 && text.TokenText(typical - 1) is "a" or "the" or "your" or "our" or "my"))
        {
            return null;
        }

        // "Typical Italian, such a warm welcome!" praises.
        for (var k = g + 1; k < Math.Min(count, g + 8) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "warm" or "welcome" or "lovely" or "generous" or "friendly" or "kind" or "brilliant" or "great"
                or "hospitality" or "hospitable" or "love" or "wonderful" or "amazing" or "beautiful" or "delicious")
            {
                return null;
            }
        }

        var next = g + 1;
        return next >= count || ThreatIntent.SentenceBreakBefore(text, next) || text.GapBefore(next).IndexOf(',') >= 0
               || text.TokenText(next) is "behaviour" or "behavior" or "mentality" or "attitude" or "arrogance" or "laziness"
                   or "entitlement" or "driver" or "drivers" or "logic" or "hypocrisy" or "whining" or "moaning"
            ? (typical, next < count && !ThreatIntent.SentenceBreakBefore(text, next) && text.GapBefore(next).IndexOf(',') < 0 ? next : g)
            : null;
    }

    // "Blacks and their gangs, nothing ever changes.", "Muslims and their grooming gangs.", "Jews and their money.": a group
    // tied to a vice in a sentence with no verb, a sneer (an obfuscation suite's long comments ended on one). A verb makes
    // it a report ("Jews and their money were seized in 1938"), and a family or a kitchen is no vice.
    private static (int First, int Last)? AndTheirVice(NormalizedText text, Lexicon lexicon, int and, int count)
    {
        var g = and - 1;
        if (g < 0 || and + 2 >= count || text.TokenText(and + 1) is not "their" || Sentences.BreakBefore(text, and)
            || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g)
            || !(g == 0 || Sentences.BreakBefore(text, g) || (g == 1 || Sentences.BreakBefore(text, g - 1)) && text.TokenText(g - 1) is "the" or "those" or "these"))
        {
            return null;
        }

        for (var k = and + 2; k < Math.Min(count, and + 5) && !Sentences.BreakBefore(text, k); k++)
        {
            if (!s_vices.Contains(text.TokenText(k)))
            {
                continue;
            }

            // the vice ends the fragment: the sentence or a comma follows, no verb ("grooming gangs": the last one)
            if (k + 1 >= count || Sentences.BreakBefore(text, k + 1) || text.GapBefore(k + 1).IndexOf(',') >= 0)
            {
                return (g, k);
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_vices = new HashSet<string>(
    [
        "gangs", "gang", "crime", "crimes", "knives", "stabbings", "grooming", "rapes", "raping", "terror", "terrorism", "bombs",
        "bombings", "scams", "scamming", "lies", "lying", "money", "greed", "thieving", "stealing", "theft", "handouts",
        "diseases", "inbreeding", "violence", "drugs", "drinking", "benefits", "scrounging", "cheating",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A protected group's name at g, as a member ("Muslim", "Jewish editor") or the group ("Africans", "Roma children");
    // returns its last token, or null where the name is an adjective of a thing ("a Catholic school").
    private static int? MemberOrGroup(NormalizedText text, Lexicon lexicon, int g, int count, bool roles = true)
    {
        if (g >= count || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g))
        {
            return null;
        }

        var end = g;
        while (end + 1 < count && !ThreatIntent.SentenceBreakBefore(text, end + 1) && lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity)
        {
            end++;
        }

        if (end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1))
        {
            return end;
        }

        var next = text.TokenText(end + 1);
        if ((roles && (ThreatIntent.IsRole(next) || ThreatIntent.IsPersonNoun(next))) || next is "woman" or "women" or "man" or "men" or "lad" or "lads"
                or "bloke" or "doctor" or "doctors" or "nurse" or "nurses" or "teacher" or "teachers" or "tenant" or "tenants" or "family"
                or "families" or "children" or "kids" or "kid" or "girl" or "boy" or "staff" or "worker" or "workers" or "candidate"
                or "applicant" or "applicants" or "driver" or "officer" or "student" or "students")
        {
            return end + 1;
        }

        // The group ends its phrase: "I'd never hire a Muslim again", "… from a Jew, honestly"
        return next is "again" or "ever" or "and" or "or" or "in" or "on" or "at" or "because" or "since" or "after" or "either"
               || text.GapBefore(end + 1).IndexOf(',') >= 0
            ? end : null;
    }
}
