using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's fifth shape (<see cref="ThreatIntent.FindRule"/>): harm foretold without saying who will do it.
/// "The mosque on Elm Street burns this weekend.", "That synagogue will be ash by Friday.", "It would be a shame if
/// the mosque caught fire.", "Xs will be hanging from lampposts soon.", "You won't live to see Christmas.", "Your
/// family won't be safe much longer." No first person and no violent verb aimed at anyone, so the other shapes and
/// the heads (0.04–0.39) miss them. The target is a place of worship, a group's homes or camps, a group, or the
/// reader; the harm is in the future or the present with a time ahead ("burns this weekend"), not the past ("The
/// synagogue burned in 1938"), unnegated, and not a report ("the council said").
/// </summary>
internal static class ForetoldHarm
{
    /// <summary>The foretelling's tokens and its target, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        if (!Sentences.AnyToken(text, count, static t => t is "will" or "ll" or "burns" or "make" or "makes" or "won" or "wont" or "shame"))
        {
            return null; // most comments: the per-token target search below costs more than this scan
        }

        for (var i = 0; i + 1 < count; i++)
        {
            if (Target(text, lexicon, i, count) is not var (first, isPlace, target))
            {
                continue;
            }

            var p = PredicateStart(text, i + 1, count);
            if (p < 0)
            {
                continue;
            }

            var last = isPlace ? Burns(text, p, count) : Doomed(text, p, count);
            if (last is { } end && !GroupPredicate.ReportedAfter(text, end, count) && !Conditional(text, first, end, count))
            {
                return (first, end, target);
            }
        }

        return ShameIfItBurned(text, count);
    }


    // A place of worship ("the mosque"), a group's homes or camps ("Roma camps", "refugee hostels"), a group ("Xs",
    // "the Xs on my street"), or the reader ("you", "your family"). Returns the first token, whether it is a place, and
    // the token that names whom it harms (the group's name for "Roma camps").
    private static (int First, bool Place, int Target)? Target(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        if (ThreatIntent.IsPlaceOfWorship(t))
        {
            // The place is the subject: "Candles at the synagogue will burn tonight" foretells nothing of it.
            return AfterPreposition(text, i) ? null : (i, true, i);
        }

        if (t is "camp" or "camps" or "hostel" or "hostels" or "homes" or "houses" or "shops" or "centre" or "center"
            && i > 0 && lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity)
        {
            return (Features.RunStart(text, lexicon, i - 1), true, i - 1);
        }

        if (t is "you" or "u" || (t is "family" or "kids" or "children" && i > 0 && text.TokenText(i - 1) is "your"))
        {
            return (t is "you" or "u" ? i : i - 1, false, i);
        }

        // A group noun phrase ends in a group name, a slur or a person noun ("X people"); most tokens are none.
        if (lexicon.Category(t) is not (LexiconCategory.Identity or LexiconCategory.Slur) && !ThreatIntent.IsPersonNoun(t))
        {
            return null;
        }

        return GroupPredicate.GroupNounEnd(text, lexicon, i, count) && GroupPredicate.IsProtected(text, lexicon, i)
            ? (Features.RunStart(text, lexicon, lexicon.Category(t) is LexiconCategory.Identity or LexiconCategory.Slur ? i : i - 1), false, i)
            : null;
    }

    private static bool AfterPreposition(NormalizedText text, int i)
    {
        var j = i - 1;
        while (j >= 0 && (ThreatIntent.IsDeterminer(text.TokenText(j)) || text.TokenText(j) is "old" or "new" or "local" or "big"))
        {
            j--;
        }

        return j >= 0 && text.TokenText(j) is "at" or "in" or "near" or "outside" or "inside" or "from" or "of" or "to" or "by" or "into";
    }

    // Skips a place after the target ("on Elm Street", "in this town", "on my street"): the predicate's first token.
    private static int PredicateStart(NormalizedText text, int p, int count)
    {
        if (p < count && text.TokenText(p) is "on" or "in" or "at" or "near" or "round" or "around")
        {
            var m = p + 1;
            while (m < count && m - p < 5 && !ThreatIntent.SentenceBreakBefore(text, m)
                   && text.TokenText(m) is not ("will" or "ll" or "burns" or "won" or "wont" or "are" or "is" or "make" or "makes"))
            {
                m++;
            }

            p = m;
        }

        return p < count && !ThreatIntent.SentenceBreakBefore(text, p) ? p : -1;
    }

    // Of a place: "burns this weekend / tonight", "will burn", "will be ash(es)", "will go up in flames / smoke", "will be
    // torched / burned down / firebombed", "make(s) good bonfires". Returns the last token.
    private static int? Burns(NormalizedText text, int p, int count)
    {
        var w = text.TokenText(p);
        if (w is "burns")
        {
            return Soon(text, p + 1, count) ? p : null;
        }

        if (w is "make" or "makes" && p + 2 < count && text.TokenText(p + 1) is "good" or "great" or "nice"
            && text.TokenText(p + 2) is "bonfires" or "bonfire" or "kindling" or "firewood")
        {
            return p + 2;
        }

        if (w is not ("will" or "ll") || p + 1 >= count)
        {
            return null;
        }

        var q = p + 1;
        if (text.TokenText(q) is "soon" or "all" or "finally")
        {
            q++;
        }

        if (q >= count)
        {
            return null;
        }

        var v = text.TokenText(q);
        var next = q + 1 < count ? text.TokenText(q + 1) : default;
        if (v is "burn" && (q + 1 >= count || ThreatIntent.SentenceBreakBefore(text, q + 1) || Soon(text, q + 1, count) || next is "down"))
        {
            return next is "down" ? q + 1 : q;
        }

        if (v is "go" && next is "up" && q + 3 < count && text.TokenText(q + 2) is "in" && text.TokenText(q + 3) is "flames" or "smoke")
        {
            return q + 3;
        }

        // Not "rubble" or "razed": demolitions and war forecasts ("… will be razed to make way for flats").
        return v is "be" && next is "ash" or "ashes" or "torched" or "firebombed" or "burned" or "burnt" ? q + 1 : null;
    }

    // Of a group or the reader: "will be hanging from …", "will hang", "won't live to see …", "won't be safe much longer /
    // for long". Returns the last token.
    private static int? Doomed(NormalizedText text, int p, int count)
    {
        var w = text.TokenText(p);
        if (w is "will" or "ll" && p + 2 < count && text.TokenText(p + 1) is not "not")
        {
            var q = text.TokenText(p + 1) is "all" or "soon" ? p + 2 : p + 1;
            if (q + 1 < count && text.TokenText(q) is "be" && text.TokenText(q + 1) is "hanging" && q + 2 < count
                && text.TokenText(q + 2) is "from")
            {
                return q + 2;
            }

            return q < count && text.TokenText(q) is "hang" && (q + 1 >= count || ThreatIntent.SentenceBreakBefore(text, q + 1)
                                                                 || text.TokenText(q + 1) is "soon" or "for" or "from")
                ? q : null;
        }

        // "won't" tokenises as "won" "t"
        var n = w is "wont" ? p + 1 : w is "won" && p + 1 < count && text.TokenText(p + 1) is "t" ? p + 2
            : w is "will" && p + 1 < count && text.TokenText(p + 1) is "not" ? p + 2 : -1;
        if (n < 0 || n + 2 >= count)
        {
            return null;
        }

        // "won't live to see Christmas / your next birthday / the weekend"; not "You won't live to see the end of this
        // war" (a lament).
        if (text.TokenText(n) is "live" && text.TokenText(n + 1) is "to" && text.TokenText(n + 2) is "see" && n + 3 < count)
        {
            var m = text.TokenText(n + 3) is "your" or "the" or "next" ? n + 4 : n + 3;
            if (m < count && text.TokenText(m) is "next")
            {
                m++;
            }

            return m < count && text.TokenText(m) is "christmas" or "birthday" or "weekend" or "tomorrow" or "summer" or "spring"
                or "autumn" or "winter" or "easter" or "eid" or "hanukkah" or "diwali" or "week" or "month" or "morning" ? m : null;
        }

        return text.TokenText(n) is "be" && text.TokenText(n + 1) is "safe" && n + 3 < count
               && ((text.TokenText(n + 2) is "much" && text.TokenText(n + 3) is "longer")
                   || (text.TokenText(n + 2) is "for" && text.TokenText(n + 3) is "long"))
            ? n + 3 : null;
    }

    // "It would be a shame if the mosque caught fire / burned down / got torched".
    private static (int, int, int)? ShameIfItBurned(NormalizedText text, int count)
    {
        for (var i = 0; i + 3 < count; i++)
        {
            // Not "It was a shame if …" reported, nor "it would be no shame if …"
            if (text.TokenText(i) is not "shame" || text.TokenText(i + 1) is not "if" || (i > 0 && text.TokenText(i - 1) is "no")
                || ReportedSpeech.IsReported(text, i))
            {
                continue;
            }

            for (var k = i + 2; k < Math.Min(count, i + 6); k++)
            {
                if (!ThreatIntent.IsPlaceOfWorship(text.TokenText(k)))
                {
                    continue;
                }

                var v = k + 1;
                if (v + 1 < count && text.TokenText(v) is "caught" && text.TokenText(v + 1) is "fire")
                {
                    return (i, v + 1, k);
                }

                if (v + 1 < count && text.TokenText(v) is "burned" or "burnt" && text.TokenText(v + 1) is "down")
                {
                    return (i, v + 1, k);
                }

                if (v + 1 < count && text.TokenText(v) is "got" or "was" && text.TokenText(v + 1) is "torched" or "firebombed" or "burned" or "burnt")
                {
                    return (i, v + 1, k);
                }
            }
        }

        return null;
    }

    // A time ahead, or the end of the clause: "this weekend", "tonight", "soon", "next …", "by Friday", ", mark my words".
    private static bool Soon(NormalizedText text, int k, int count) =>
        k >= count || ThreatIntent.SentenceBreakBefore(text, k)
        || text.TokenText(k) is "tonight" or "tomorrow" or "soon" or "next" or "by" or "one" or "before"
        || (text.TokenText(k) is "this" && k + 1 < count && text.TokenText(k + 1) is "weekend" or "week" or "time" or "year" or "summer" or "winter");

    // A condition in the sentence makes it a warning or a forecast: "If Putin wins, Xs in the east won't be safe for
    // long", "… will be ash by Friday if the fire spreads".
    private static bool Conditional(NormalizedText text, int first, int last, int count)
    {
        if (Sentences.ConditionBefore(text, first))
        {
            return true;
        }

        for (var k = last + 1; k < Math.Min(count, last + 8) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "if" or "unless")
            {
                return true;
            }
        }

        return false;
    }
}
