using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's sixth shape (<see cref="ThreatIntent.FindRule"/>): threats the other shapes' grammar does not
/// reach, read from round 14's threats after its blind score (THREAT 0.00–0.19 on each):
/// <list type="bullet">
/// <item>a violent verb in its -ing form after "start": "Time to start shooting the refugees at the border", "Let's
/// start hanging a few councillors";</item>
/// <item>harm made to happen: "I'll find you and make you bleed", "I'll make you suffer" (not "we'll make them
/// suffer at Anfield");</item>
/// <item>fire set to a group's place or a person's: "Lock them in their temple and set it alight", "Someone should set
/// his house on fire" (an order, a call on someone or the first person; not "the rioters set a car alight");</item>
/// <item>a wish for an injury: "I hope the guy who wrote this gets his teeth kicked in", "hope that striker snaps his
/// ankle";</item>
/// <item>a victim carried off: "you're leaving in a bag", "he's leaving in an ambulance".</item>
/// </list>
/// Each is unnegated and not reported; the returned target is the person or group (or the place) harmed.
/// </summary>
internal static class ViolentCall
{
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var found = text.TokenText(i) switch
            {
                "start" or "begin" or "starting" => StartViolence(text, lexicon, i, count),
                "make" => MadeToSuffer(text, i, count),
                "set" => SetAlight(text, lexicon, i, count),
                "hope" or "hoping" or "praying" => InjuryWished(text, lexicon, i, count),
                "leaving" or "leave" => CarriedOff(text, i, count),
                _ => null,
            };
            if (found is var (first, _, _) && !ReportedSpeech.IsReported(text, first) && !NegatedBefore(text, first))
            {
                return found;
            }
        }

        return null;
    }

    // "Time to start shooting the refugees", "let's start hanging traitors": an order or a call, then a violent -ing
    // form and a person or group.
    private static (int, int, int)? StartViolence(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var called = ThreatIntent.ImperativeStart(text, i) >= 0 || CallBefore(text, i);
        if (!called || i + 2 >= count || !IsViolentIng(text.TokenText(i + 1)))
        {
            return null;
        }

        return Target(text, lexicon, i + 2, count) is { } t ? (i, t, t) : null;
    }

    // "make you bleed", "make them suffer", after "I'll" / "we will" / an order.
    private static (int, int, int)? MadeToSuffer(NormalizedText text, int i, int count)
    {
        // "suffer" only of the reader: "we'll make them suffer at Anfield" is sport.
        var victim = i + 1 < count ? text.TokenText(i + 1) : default;
        if (i + 2 >= count || victim is not ("you" or "u" or "him" or "her" or "them")
            || !(text.TokenText(i + 2) is "bleed" or "scream" or "squeal" || (text.TokenText(i + 2) is "suffer" && victim is "you" or "u")))
        {
            return null;
        }

        return FirstPersonOrCall(text, i) ? (i, i + 2, i + 1) : null;
    }

    // "set it alight", "set the mosque on fire", "set his house ablaze": an order, a call or the first person's intent.
    private static (int, int, int)? SetAlight(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        for (var k = i + 1; k < Math.Min(count, i + 6) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var fire = text.TokenText(k) is "alight" or "ablaze" || (text.TokenText(k) is "fire" && text.TokenText(k - 1) is "on");
            if (!fire)
            {
                continue;
            }

            var called = ThreatIntent.ImperativeStart(text, i) >= 0 || FirstPersonOrCall(text, i)
                         || (i >= 2 && text.TokenText(i - 1) is "and" && ThreatIntent.ImperativeStart(text, SentenceStart(text, i)) >= 0);
            if (!called)
            {
                return null;
            }

            // What burns must be a person's or a group's: a pronoun standing for them ("it" after their temple), a
            // dwelling, a place of worship, or a person or group named in the sentence.
            for (var j = SentenceStart(text, i); j < k; j++)
            {
                var t = text.TokenText(j);
                if (lexicon.Category(t) == LexiconCategory.Identity || ThreatIntent.IsPlaceOfWorship(t) || ThreatIntent.IsDwelling(t)
                    || ThreatIntent.IsRole(t) || t is "him" or "her" or "them" or "you")
                {
                    return (i, k, j);
                }
            }

            return null;
        }

        return null;
    }

    // "I hope the author gets his teeth kicked in", "hope that striker snaps his ankle", "praying she breaks her neck".
    private static (int, int, int)? InjuryWished(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        if (i > 0 && text.TokenText(i - 1) is "no" or "not" or "t" or "dont" or "don")
        {
            return null;
        }

        var subject = -1;
        for (var k = i + 1; k + 2 < Math.Min(count, i + 14) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (subject < 0 && (t is "he" or "she" or "they" or "you" or "u" || ThreatIntent.IsRole(t)
                                || ThreatIntent.IsPersonTarget(t, lexicon) || t is "striker" or "keeper" or "winger" or "ref"))
            {
                subject = k;
            }

            if (Features.IsNegator(t, text.TokenText(k - 1)) || t is "not" or "never")
            {
                return null; // "I hope the keeper doesn't break his leg again"
            }

            if (subject < 0)
            {
                continue;
            }

            var whose = text.TokenText(k + 1);
            var possessive = whose is "his" or "her" or "their" or "your" or "ur";
            // "gets his teeth kicked in", "has her legs broken"
            if (t is "gets" or "get" or "got" or "has" or "have" && possessive && k + 3 < count
                && ThreatIntent.IsBodyPart(text.TokenText(k + 2)) && text.TokenText(k + 3) is "kicked" or "smashed" or "caved"
                    or "knocked" or "punched" or "bashed" or "broken" or "snapped" or "cracked" or "ripped" or "cut" or "slashed"
                    or "stamped" or "stomped" or "blown" or "torn")
            {
                return (i, k + 3, subject);
            }

            // "snaps his ankle", "breaks her neck"
            if (t is "snaps" or "breaks" or "shatters" or "cracks" or "snap" or "break" or "shatter" && possessive
                && (ThreatIntent.IsBodyPart(text.TokenText(k + 2)) || IsJoint(text.TokenText(k + 2))))
            {
                return (i, k + 2, subject);
            }
        }

        return null;
    }

    // "you're leaving in a bag", "he's leaving in an ambulance", "you'll leave in a body bag".
    private static (int, int, int)? CarriedOff(NormalizedText text, int i, int count)
    {
        if (i < 1 || i + 2 >= count || text.TokenText(i + 1) is not "in")
        {
            return null;
        }

        var k = i + 2;
        if (text.TokenText(k) is "a" or "an")
        {
            k++;
        }

        if (k < count && text.TokenText(k) is "body")
        {
            k++;
        }

        if (k >= count || text.TokenText(k) is not ("bag" or "ambulance" or "box" or "coffin" or "wheelchair" or "stretcher"))
        {
            return null;
        }

        // An ambulance after a condition may be the outcome of a mishap ("If you faint at the concert you'll leave in
        // an ambulance"); a bag or a coffin is not.
        if (text.TokenText(k) is "ambulance" or "wheelchair" or "stretcher" && Sentences.ConditionBefore(text, i))
        {
            return null;
        }

        // The future or the present progressive of "you" / "he" / "she": not "the driver left in an ambulance".
        var s = i - 1;
        if (text.TokenText(s) is "re" or "s" or "ll" or "will" or "are" or "is" or "be")
        {
            s--;
        }

        return s >= 0 && text.TokenText(s) is "you" or "u" or "he" or "she" or "they" or "youre" or "hes" ? (s, k, s) : null;
    }

    // Bones and joints a wish breaks, besides ThreatIntent.IsBodyPart (which also holds family, for "kill your family").
    private static bool IsJoint(ReadOnlySpan<char> t) =>
        t is "ankle" or "ankles" or "knee" or "wrist" or "wrists" or "hip" or "spine" or "back" or "collarbone" or "shin";

    private static bool IsViolentIng(ReadOnlySpan<char> t) =>
        t is "shooting" or "stabbing" or "killing" or "hanging" or "lynching" or "burning" or "gassing" or "bombing" or "firebombing"
            or "torching" or "drowning" or "butchering" or "slaughtering" or "executing" or "exterminating" or "culling"
            or "beating" or "stringing" or "knifing" or "gunning" or "mowing";

    private static int? Target(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        for (var k = from; k < Math.Min(count, from + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (ThreatIntent.IsPersonTarget(t, lexicon) || t is "traitors" or "them" or "few")
            {
                return k;
            }
        }

        return null;
    }

    // "someone should", "we need to", "we ought to" before the verb (up to three words).
    private static bool CallBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (t is "someone" or "somebody" or "we" or "lets" or "let" or "i" or "gonna")
            {
                return true;
            }
        }

        return false;
    }

    // "I'll", "I'm going to", "we will", "someone should", "let's" before the verb, or the verb opens an order.
    private static bool FirstPersonOrCall(NormalizedText text, int i)
    {
        if (ThreatIntent.ImperativeStart(text, i) >= 0)
        {
            return true;
        }

        // "I'll find you offline and make you bleed": the first person may stand a clause back, across "and".
        for (var k = i - 1; k >= Math.Max(0, i - 8) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (t is "i" or "we" or "im" or "someone" or "somebody" or "lets" or "imma" or "gonna")
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceStart(NormalizedText text, int i)
    {
        var k = i;
        while (k > 0 && !Sentences.BreakBefore(text, k))
        {
            k--;
        }

        return k;
    }

    // "I would never make you suffer", "don't set it alight": a negation just before the shape.
    private static bool NegatedBefore(NormalizedText text, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default) || text.TokenText(k) is "not" or "never")
            {
                return true;
            }
        }

        return false;
    }
}
