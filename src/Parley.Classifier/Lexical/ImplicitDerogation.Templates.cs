using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

internal static partial class ImplicitDerogation
{
    // "Xs should be grateful we tolerate them at all": their presence a favour. Not "shouldn't have to be grateful".
    private static (int First, int Last)? GratefulToBeTolerated(NormalizedText text, Lexicon lexicon, int grateful, int count)
    {
        if (At(text, grateful - 1) is not "be" || At(text, grateful - 2) is not ("should" or "must" or "to" or "ought"))
        {
            return null;
        }

        var subject = -1;
        for (var k = grateful - 3; k >= Math.Max(0, grateful - 6) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (Features.IsNegator(text.TokenText(k), At(text, k - 1)) || text.TokenText(k) is "have")
            {
                return null;
            }

            if (IsGroup(text, lexicon, k) && PluralPeople(text, lexicon, k, count))
            {
                subject = Features.RunStart(text, lexicon, k);
                break;
            }
        }

        for (var k = grateful + 1; subject >= 0 && k < Math.Min(count, grateful + 6) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "tolerate" or "tolerated" or "allowed" or "let" or "here" or "accept" or "accepted" or "up")
            {
                return (subject, k);
            }
        }

        return null;
    }

    // "You can't expect Xs to understand anything complicated": a group's minds written off.
    private static (int First, int Last)? CannotExpect(NormalizedText text, Lexicon lexicon, int expect, int count)
    {
        if (!(At(text, expect - 1) is "cannot" or "never" || (At(text, expect - 1) is "t" && At(text, expect - 2) is "can" or "don")))
        {
            return null;
        }

        var g = expect + 1;
        g += At(text, g) is "a" or "an" or "the" ? 1 : 0;
        var end = lexicon.Category(At(text, g)) == LexiconCategory.Identity ? MemberEnd(text, lexicon, g, count) : -1;
        if (end < 0 || At(text, end + 1) is not "to" || At(text, end + 2) is not ("understand" or "grasp" or "follow" or "handle" or "think"
                or "learn" or "read" or "manage" or "cope" or "behave" or "know" or "get"))
        {
            return null;
        }

        // A barrier named, not a mind written off: "You can't expect refugees to understand the forms when they're only in
        // English", "… without an interpreter".
        for (var k = end + 3; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "when" or "if" or "because" or "since" or "without" or "unless" or "until" or "english" or "language"
                or "translated" or "translation" or "interpreter" or "jargon" or "forms" or "letters")
            {
                return null;
            }
        }

        return (expect - 2, end + 2);
    }

    // "Why would anyone want a X as a neighbour?", "Why would you hire a X?": the asker's contempt, not a question. Not
    // "Why would anyone not want …" or "… object to having a X as a neighbour".
    private static (int First, int Last)? WhyWouldAnyone(NormalizedText text, Lexicon lexicon, int why, int count)
    {
        if (At(text, why + 1) is not ("would" or "d") || At(text, why + 2) is not ("anyone" or "anybody" or "you" or "somebody" or "someone"))
        {
            return null;
        }

        var v = why + 3;
        if (At(text, v) is not ("want" or "hire" or "trust" or "employ" or "marry" or "date" or "elect" or "choose" or "rent"))
        {
            return null;
        }

        var g = v + 1 + (At(text, v + 1) is "to" ? 1 : 0);
        g += At(text, g) is "a" or "an" ? 1 : 0;
        var end = lexicon.Category(At(text, g)) == LexiconCategory.Identity ? PeopleEnd(text, lexicon, g, count) : -1;
        return end >= 0 && Sentences.EndsInQuestion(text, end, count) ? (why, end) : null;
    }

    // "Wow, a X who can hold a proper conversation. Now I've seen everything.": surprise that one of them can.
    private static (int First, int Last)? SeenEverything(NormalizedText text, Lexicon lexicon, int seen, int count)
    {
        var marker = seen - 1 - (At(text, seen - 1) is "ve" or "have" ? 1 : 0);
        if (At(text, marker) is not "i" || At(text, marker - 1) is not "now" || At(text, seen + 1) is not ("everything" or "it"))
        {
            return null;
        }

        var start = Sentences.Start(text, marker - 1);
        for (var k = start > 0 ? Sentences.Start(text, start - 1) : 0; k < marker - 1; k++)
        {
            if (IsGroup(text, lexicon, k) && MemberEnd(text, lexicon, k, count) is var end and >= 0
                && At(text, end + 1) is "who" or "that" && At(text, end + 2) is "can" or "could" or "actually" or "knows" or "understands")
            {
                return (k, seen + 1);
            }
        }

        return null;
    }

    // "Sure, let Xs make the important decisions. What could possibly go wrong?": sarcasm closing the comment, about a
    // group's people named just before.
    private static (int First, int Last)? WhatCouldGoWrong(NormalizedText text, Lexicon lexicon, int wrong, int count)
    {
        var go = wrong - 1;
        var could = go - 1 - (At(text, go - 1) is "possibly" ? 1 : 0);
        if (At(text, go) is not "go" || At(text, could) is not ("could" or "can") || At(text, could - 1) is not "what" || !ClosesComment(text, wrong, count))
        {
            return null;
        }

        var start = Sentences.Start(text, could - 1);
        for (var k = start > 0 ? Sentences.Start(text, start - 1) : 0; k < could - 1; k++)
        {
            if (IsGroup(text, lexicon, k) && !IsNationality(text.TokenText(k))
                && (PluralPeople(text, lexicon, k, count) || PeopleEnd(text, lexicon, Features.RunStart(text, lexicon, k), count) >= 0)
                && lexicon.Category(At(text, k + 1)) != LexiconCategory.Identity && !IsVictim(text, k, count, reach: 7) && !Blamed(text, k, count))
            {
                return (Features.RunStart(text, lexicon, k), wrong);
            }
        }

        return null;
    }

    // "Of course a X got the promotion. It certainly wasn't for her skills.": a member's success put down to anything
    // but merit.
    private static (int First, int Last)? NotForMerit(NormalizedText text, Lexicon lexicon, int merit, int count)
    {
        if (At(text, merit - 1) is not ("her" or "his" or "their") || At(text, merit - 2) is not "for"
            || !(Features.IsNegator(At(text, merit - 3), At(text, merit - 4)) || (At(text, merit - 3) is "t" && At(text, merit - 4) is "wasn" or "isn")))
        {
            return null;
        }

        var start = Sentences.Start(text, merit);
        var placed = false;
        var group = -1;
        for (var k = start > 0 ? Sentences.Start(text, start - 1) : 0; k < merit - 3; k++)
        {
            var t = text.TokenText(k);
            placed |= t is "promotion" or "promoted" or "job" or "hired" or "role" or "post" or "seat" or "place" or "picked" or "chosen" or "appointed";
            group = group < 0 && IsGroup(text, lexicon, k) && MemberEnd(text, lexicon, k, count) >= 0 ? k : group;
        }

        return placed && group >= 0 ? (Features.RunStart(text, lexicon, group), merit) : null;
    }
}
