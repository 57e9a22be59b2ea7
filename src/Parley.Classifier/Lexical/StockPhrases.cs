using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Fixed idioms written as token patterns, for the rules whose whole signal is a stock phrase (<see cref="StockThreat"/>,
/// <see cref="PutDowns"/>). A pattern is words separated by spaces; "a|an" is either, "*" any one token, and a
/// trailing "?" makes an element optional ("so?"). Tokens are the normaliser's: apostrophes split words ("you're" is
/// "you re", "nobody's" is "nobody s"), so patterns spell contractions that way. Parsed once; matching allocates nothing.
/// </summary>
internal sealed class StockPhrases
{
    private readonly (string[] Words, bool Optional)[][] _patterns;

    // The patterns by the words their first element can be, so that a token tries only the patterns it can open.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    /// <summary>
    /// Parses the patterns. A first element that is optional or "*" would report a first token the idiom does not
    /// start at, and an alternative with a space cannot match one token ("birth control|contraception" reads as
    /// "birth (control|contraception)"): both are refused here, so a mistyped pattern fails at start-up, not silently.
    /// </summary>
    public StockPhrases(params string[] patterns)
    {
        _patterns = [.. patterns.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.EndsWith('?') ? (e[..^1].Split('|'), true) : (e.Split('|'), false)).ToArray())];
        for (var i = 0; i < _patterns.Length; i++)
        {
            var (words, optional) = _patterns[i][0];
            if (optional || words.Contains("*") || _patterns[i].Any(e => e.Words.Any(w => w.Length == 0)))
            {
                throw new ArgumentException($"stock phrase '{patterns[i]}': the first element must be words, and no alternative empty");
            }
        }

        _byFirst = Enumerable.Range(0, _patterns.Length).SelectMany(i => _patterns[i][0].Words.Select(w => (w, i)))
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).Order().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The first and last token of the first pattern found in one sentence at or after <paramref name="from"/>: at a token,
    /// the first pattern in declaration order that matches, so a longer pattern that a caller's checks need whole ("… burned
    /// down") is declared before a shorter one opening at the same word.
    /// </summary>
    public (int First, int Last)? Find(NormalizedText text, int from = 0)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = from; i < count; i++)
        {
            if (_byFirst.TryGetValue(text.TokenText(i), out var candidates) && Try(text, candidates, i, count) is { } last)
            {
                return (i, last);
            }
        }

        return null;
    }

    private int? Try(NormalizedText text, int[] candidates, int i, int count)
    {
        foreach (var p in candidates)
        {
            if (Match(text, _patterns[p], 0, i, count, i) is { } last)
            {
                return last;
            }
        }

        return null;
    }

    private static int? Match(NormalizedText text, (string[] Words, bool Optional)[] pattern, int e, int k, int count, int first)
    {
        if (e == pattern.Length)
        {
            return k - 1;
        }

        var (words, optional) = pattern[e];
        if (optional && Match(text, pattern, e + 1, k, count, first) is { } skipped)
        {
            return skipped;
        }

        if (k >= count || (k > first && Sentences.BreakBefore(text, k)) || !Is(text.TokenText(k), words))
        {
            return null;
        }

        return Match(text, pattern, e + 1, k + 1, count, first);
    }

    private static bool Is(ReadOnlySpan<char> token, string[] words)
    {
        foreach (var w in words)
        {
            if (w == "*" || token.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence ends after token <paramref name="last"/>, or after a short vocative set off by a comma ("Watch
    /// your back, mate.", "…, you little grass."), or one of a few words without one ("Sleep with one eye open tonight",
    /// "Watch your back pal"): the idioms are threats or put-downs said on their own; the same words running on are
    /// usually literal ("Watch your back on the stairs", "Your time will come, keep training").
    /// </summary>
    public static bool EndsSentence(NormalizedText text, int last)
    {
        var count = text.TokenCount;
        bool EndAt(int k) => k >= count || Sentences.BreakBefore(text, k);
        if (EndAt(last + 1))
        {
            return true;
        }

        if (text.TokenText(last + 1) is "tonight" or "now" or "soon" or "mate" or "pal" or "son" or "sunshine" or "pet" or "love")
        {
            return EndAt(last + 2);
        }

        // "Be a shame if it caught fire one night."
        if (last + 2 < count && text.TokenText(last + 1) is "one" or "some" && text.TokenText(last + 2) is "night" or "day" or "evening")
        {
            return EndAt(last + 3);
        }

        return text.GapBefore(last + 1).Contains(',') && (EndAt(last + 2) || EndAt(last + 3) || EndAt(last + 4));
    }

    /// <summary>
    /// Whether the idiom is someone's words, not the writer's to the reader: a verb of saying after it in its sentence,
    /// or with its subject just past its question mark ("Are you always this slow? my kids ask", "… was the slogan of the
    /// fun run"), or family in its sentence ("I know which train you get home, Dad", "Hope you like hospital food, my mum
    /// joked"): said to one's own, the idioms are jokes.
    /// </summary>
    public static bool SomeoneElses(NormalizedText text, int first, int last)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        if (ReportedSpeech.SaidAfter(text, last, count))
        {
            return true;
        }

        var crossed = false;
        for (var k = last + 1; k < Math.Min(count, last + 6); k++)
        {
            if (Sentences.BreakBefore(text, k))
            {
                // One question mark may be crossed, to a speaker after it; a full stop ends the search.
                if (crossed || !text.GapBefore(k).Contains('?'))
                {
                    break;
                }

                crossed = true;
                continue;
            }

            // Past the question mark the verb needs its subject before it: "my kids ask", not the order "Ask anyone."
            var t = text.TokenText(k);
            if ((ReportedSpeech.IsSaying(t) || t is "asked" or "asks" or "ask" or "joked" or "jokes" or "replied" or "quipped" or "teased"
                    or "slogan" or "motto") && !(crossed && Sentences.BreakBefore(text, k)))
            {
                return true;
            }
        }

        for (var k = Sentences.Start(text, first); k < count && (k <= last || !Sentences.BreakBefore(text, k)); k++)
        {
            var t = text.TokenText(k);
            var before = k > 0 ? text.TokenText(k - 1) : default;
            if ((t is "dad" or "mum" or "mam" or "mom" or "mummy" or "daddy" or "nan" or "nana" or "gran" or "granny" or "grandad"
                    or "grandpa" or "grandma" && before is not ("your" or "his" or "her" or "their" or "ur"))
                || (before is "my" && t is "son" or "daughter" or "kids" or "nephew" or "niece" or "grandson" or "granddaughter"
                    or "teenager" or "children" or "boy" or "girl" or "mum" or "dad"))
            {
                return true;
            }
        }

        return false;
    }
}
