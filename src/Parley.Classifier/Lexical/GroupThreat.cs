using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's fourth shape (<see cref="ThreatIntent.FindRule"/>): threats whose violence is done to a victim
/// picked at random or told to wait, which name no first-person subject before a violent verb: "Next X I see on my
/// street is getting his head kicked in", "Any X on my site is going to get hurt", "Let the Xs starve", "I'll be
/// waiting outside your office tomorrow". The heads scored these 0.03–0.26. Reports ("the next patient I see is
/// getting a new hip"), wishes for good ("let them eat", "let them rest") and invitations do not match.
/// </summary>
internal static class GroupThreat
{
    /// <summary>The threat's tokens and its target, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 2 < count; i++)
        {
            var found = text.TokenText(i) switch
            {
                "next" or "any" => RandomVictim(text, lexicon, i, count),
                "let" => LetDie(text, lexicon, i, count),
                "waiting" => WaitingOutside(text, i, count),
                "death" => DeathTo(text, lexicon, i, count),
                "if" => SeenThenDead(text, lexicon, i, count),
                _ when GroupPredicate.IsBetter(text.TokenText(i)) => BetterDead(text, lexicon, i, count), // "better", "safer", …
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    // "Death to all Xs", "Death to the traitors": the chant opening its sentence, aimed at people (not "Death to
    // tyranny", "death to the old ways"). HateCheck's normative threats use it.
    private static (int, int, int)? DeathTo(NormalizedText text, Lexicon lexicon, int at, int count)
    {
        if (!(at == 0 || Sentences.BreakBefore(text, at) || text.GapBefore(at).IndexOfAny(":,\"") >= 0) || text.TokenText(at + 1) is not "to")
        {
            return null;
        }

        for (var k = at + 2; k < Math.Min(count, at + 6) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if ((ThreatIntent.IsPersonTarget(text, k, lexicon) && ThreatIntent.IsGroupNotAdjective(text, lexicon, k, count)) || PersonName.Ends(text, k))
            {
                return ReportedSpeech.IsReported(text, at) ? null : (at, k, k);
            }

            if (t is not ("all" or "the" or "every" or "those" or "these" or "you"))
            {
                return null;
            }
        }

        return null;
    }

    // "If I see any Xs tonight, they are dead", "If I catch that ref, he's dead meat".
    private static (int, int, int)? SeenThenDead(NormalizedText text, Lexicon lexicon, int at, int count)
    {
        if (at + 3 >= count || text.TokenText(at + 1) is not "i" || text.TokenText(at + 2) is not ("see" or "catch" or "find" or "meet" or "spot"))
        {
            return null;
        }

        var target = -1;
        for (var k = at + 3; k < Math.Min(count, at + 7) && target < 0 && !Sentences.BreakBefore(text, k); k++)
        {
            if (ThreatIntent.IsPersonTarget(text, k, lexicon) || text.TokenText(k) is "him" or "her" or "them")
            {
                target = k;
            }
        }

        for (var k = target + 1; target > 0 && k + 2 < Math.Min(count, target + 10) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "they" or "he" or "she" or "you" && text.TokenText(k + 1) is "are" or "re" or "is" or "s"
                && text.TokenText(k + 2) is "dead")
            {
                return (at, k + 2, target);
            }
        }

        return null;
    }

    // "The world would be a better place if all Xs were dead / wiped out", "… better if someone just exterminated Xs"
    // (not "It would not be a better world if …", which answers it).
    private static (int, int, int)? BetterDead(NormalizedText text, Lexicon lexicon, int at, int count)
    {
        for (var k = at - 1; k >= Math.Max(0, at - 5) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default))
            {
                return null;
            }
        }

        for (var k = at + 1; k + 3 < Math.Min(count, at + 6) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is not "if")
            {
                continue;
            }

            if (text.TokenText(k + 1) is "someone" or "somebody" or "we")
            {
                return SomeoneKilled(text, lexicon, at, k + 1, count);
            }

            var g = text.TokenText(k + 1) is "all" or "the" or "every" ? k + 2 : k + 1;
            while (g + 1 < count && lexicon.Category(text.TokenText(g)) is LexiconCategory.Identity
                   && (lexicon.Category(text.TokenText(g + 1)) is LexiconCategory.Identity || ThreatIntent.IsPersonNoun(text.TokenText(g + 1))))
            {
                g++; // "gay people", "black women"
            }

            if (g + 2 < count && ThreatIntent.IsPersonTarget(text, g, lexicon) && text.TokenText(g + 1) is "were" or "was"
                && text.TokenText(g + 2) is "dead" or "extinct" or "exterminated" or "wiped" or "killed" or "gassed")
            {
                return (at, g + 2, g);
            }

            return null;
        }

        return null;
    }

    // "… if someone (just / finally) exterminated Xs", "… if we wiped out all the Xs": the killing of a protected group
    // wished on anyone's hand. Vermin and diseases are not people ("if someone exterminated the rats", "… malaria").
    private static (int, int, int)? SomeoneKilled(NormalizedText text, Lexicon lexicon, int at, int subject, int count)
    {
        var v = subject + 1;
        while (v < count && v - subject < 4 && text.TokenText(v) is "just" or "finally" or "simply" or "actually" or "would" or "d" or "only")
        {
            v++;
        }

        if (v >= count || !IsKilling(text.TokenText(v)))
        {
            return null;
        }

        var g = v + 1;
        if (text.TokenText(v) is "wiped" or "wipe")
        {
            if (g >= count || text.TokenText(g) is not "out")
            {
                return null;
            }

            g++;
        }

        while (g < count && g - v < 4 && text.TokenText(g) is "all" or "the" or "every" or "those" or "these" or "of" or "last" or "single")
        {
            g++;
        }

        var run = g;
        g = RunEnd(text, lexicon, g, count);

        // A protected group, named as a group (not "them", "everyone", "the older men" of a squad, "White" on a Go board),
        // not killed off in a story's episode, and not said by someone the writer reports ("He posted that …").
        if (run >= count || Sentences.BreakBefore(text, run))
        {
            return null;
        }

        var colour = text.TokenText(run) is "white" or "black" && run == g;
        return lexicon.Category(text.TokenText(run)) == LexiconCategory.Identity
               && GroupPredicate.IsProtected(text, lexicon, run) && !colour && text.TokenText(run) is not ("old" or "older" or "young" or "younger")
               && ThreatIntent.IsGroupNotAdjective(text, lexicon, g, count) && !OffAfter(text, g, count)
               && !ReportedSpeech.IsReported(text, at) && !ReportedSpeech.SaidEarlierInSentence(text, at) && !Posted(text, at)
            ? (at, g, run)
            : null;
    }

    // The last word of a group's name: "gay people", "black women".
    private static int RunEnd(NormalizedText text, Lexicon lexicon, int g, int count)
    {
        while (g + 1 < count && lexicon.Category(text.TokenText(g)) is LexiconCategory.Identity
               && (lexicon.Category(text.TokenText(g + 1)) is LexiconCategory.Identity || ThreatIntent.IsPersonNoun(text.TokenText(g + 1))))
        {
            g++;
        }

        return g;
    }

    private static bool OffAfter(NormalizedText text, int g, int count)
    {
        for (var k = g + 1; k < Math.Min(count, g + 4) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "off")
            {
                return true;
            }
        }

        return false;
    }

    // "He posted that life would be better if …": a post reported ("posted" is no verb of saying elsewhere: "posted to
    // Kabul", "posted a video of Xs").
    private static bool Posted(NormalizedText text, int at)
    {
        for (var k = Sentences.Start(text, at); k + 1 < at; k++)
        {
            if (text.TokenText(k) is "posted" or "posting" && text.TokenText(k + 1) is "that")
            {
                return true;
            }
        }

        return false;
    }

    // Not "shoot" (photographs), "cull" (squads, flocks) or "execute" (jobs, migrations).
    private static bool IsKilling(ReadOnlySpan<char> t) =>
        t is "exterminated" or "exterminate" or "killed" or "kill" or "gassed" or "gas" or "nuked" or "nuke"
            or "murdered" or "murder" or "slaughtered" or "slaughter" or "massacred" or "massacre" or "butchered" or "lynched"
            or "lynch" or "hanged" or "eradicated" or "eradicate" or "wiped" or "wipe" or "drowned" or "drown";

    // "(The) next X (I see) … is getting / gets / is going to get <harm>", "Any X who … is gonna get hurt".
    private static (int, int, int)? RandomVictim(NormalizedText text, Lexicon lexicon, int at, int count)
    {
        var target = at + 1;
        if (target >= count || !(lexicon.Category(text.TokenText(target)) == LexiconCategory.Identity
                                 || ThreatIntent.IsPersonNoun(text.TokenText(target))))
        {
            return null;
        }

        for (var k = target + 1; k < Math.Min(count, target + 10) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is not ("getting" or "gets" or "get"))
            {
                continue;
            }

            // "is getting", "is going to get", "is gonna get", "will get"; then the harm within a few words.
            var verb = text.TokenText(k - 1);
            if (!(verb is "is" or "are" or "s" or "to" or "gonna" or "will" or "ll" || text.TokenText(k) is "gets"))
            {
                return null;
            }

            for (var h = k + 1; h < Math.Min(count, k + 6) && !ThreatIntent.SentenceBreakBefore(text, h); h++)
            {
                if (IsHarm(text.TokenText(h)))
                {
                    return (at, h, target);
                }
            }

            return null;
        }

        return null;
    }

    private static bool IsHarm(ReadOnlySpan<char> t) =>
        t is "hurt" or "beaten" or "kicked" or "stabbed" or "shot" or "killed" or "smashed" or "cracked" or "brick" or "bullet"
            or "knife" or "bottle" or "battered" or "bashed" or "lynched" or "burned" or "burnt" or "torched" or "glassed"
            or "slashed" or "hanged" or "strung" or "curbstomped" or "done" or "carried";

    // "Let the Xs starve.", "Let them all burn": an order at the start of a sentence.
    private static (int, int, int)? LetDie(NormalizedText text, Lexicon lexicon, int let, int count)
    {
        if (ThreatIntent.ImperativeStart(text, let) != let)
        {
            return null;
        }

        var target = -1;
        for (var k = let + 1; k < Math.Min(count, let + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (target < 0 && (t is "them" || lexicon.Category(t) == LexiconCategory.Identity))
            {
                target = k;
                continue;
            }

            if (target >= 0 && t is "starve" or "die" or "drown" or "burn" or "rot" or "perish" or "suffer")
            {
                return (let, k, target);
            }

            // "Let the dirty migrants drown": a word of contempt before the group
            if (!(ThreatIntent.IsDeterminer(t) || t is "all" || lexicon.Category(t) == LexiconCategory.Identity || ThreatIntent.IsPersonNoun(t)
                  || (target < 0 && (t is "dirty" or "filthy" or "bloody" or "stinking" or "illegal"
                                     || lexicon.Category(t) is LexiconCategory.Insult or LexiconCategory.Profanity))))
            {
                return null;
            }
        }

        return null;
    }

    // "I'll be waiting outside your office tomorrow", "we will be waiting for you outside your house".
    private static (int, int, int)? WaitingOutside(NormalizedText text, int waiting, int count)
    {
        if (waiting < 2 || text.TokenText(waiting - 1) is not "be" || text.TokenText(waiting - 2) is not ("ll" or "will")
            || (waiting < 3 || text.TokenText(waiting - 3) is not ("i" or "we")))
        {
            return null;
        }

        var k = waiting + 1;
        if (k + 1 < count && text.TokenText(k) is "for" && text.TokenText(k + 1) is "you" or "u")
        {
            k += 2;
        }

        // The reader's place; a third person's only where the sentence ends there ("… outside her house.", not "outside his
        // school at 3pm as usual", "at their house when they get back").
        var third = k + 1 < count && text.TokenText(k + 1) is "her" or "his" or "their";
        return k + 2 < count && text.TokenText(k) is "outside" or "at" && (text.TokenText(k + 1) is "your" or "ur" || third)
               && text.TokenText(k + 2) is "office" or "house" or "home" or "door" or "work" or "school" or "flat" or "car"
               && !(k + 3 < count && text.TokenText(k + 3) is "to" or "for" or "with" or "so") // "… to drive you to the airport"
               && (!third || k + 3 >= count || Sentences.BreakBefore(text, k + 3))
            ? (waiting - 3, k + 2, k + 1) : null;
    }
}
