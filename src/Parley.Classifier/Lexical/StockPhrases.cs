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

    public StockPhrases(params string[] patterns) =>
        _patterns = [.. patterns.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.EndsWith('?') ? (e[..^1].Split('|'), true) : (e.Split('|'), false)).ToArray())];

    /// <summary>The first and last token of the first pattern found in one sentence at or after <paramref name="from"/>.</summary>
    public (int First, int Last)? Find(NormalizedText text, int from = 0)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = from; i < count; i++)
        {
            foreach (var pattern in _patterns)
            {
                if (Match(text, pattern, 0, i, count, i) is { } last)
                {
                    return (i, last);
                }
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
    /// Whether the sentence ends after token <paramref name="last"/>, or after one more word set off by a comma ("Watch
    /// your back, mate.") or a "tonight", "now", "soon" ("Sleep with one eye open tonight"): the idioms are threats or put-downs said on their own; the same words running on are
    /// usually literal ("Watch your back on the stairs", "Your time will come, keep training").
    /// </summary>
    public static bool EndsSentence(NormalizedText text, int last) =>
        last + 1 >= text.TokenCount || Sentences.BreakBefore(text, last + 1)
        || ((text.GapBefore(last + 1).Contains(',') || text.TokenText(last + 1) is "tonight" or "now" or "soon" or "mate")
            && (last + 2 >= text.TokenCount || Sentences.BreakBefore(text, last + 2)));

    /// <summary>
    /// Whether the idiom is someone's words, not the writer's to the reader: a verb of saying just after it, even past
    /// its question mark ("Are you always this slow? my kids ask", "… was the slogan of the fun run"), or family in the
    /// text ("I know which train you get home, Dad", "Hope you like hospital food, my mum joked"): said to one's own,
    /// the idioms are jokes.
    /// </summary>
    public static bool SomeoneElses(NormalizedText text, int last)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        if (ReportedSpeech.SaidAfter(text, last, count))
        {
            return true;
        }

        for (var k = last + 1; k < Math.Min(count, last + 6); k++)
        {
            if (text.TokenText(k) is "asked" or "asks" or "ask" or "said" or "says" or "joked" or "jokes" or "told" or "tells" or "replied"
                or "shouted" or "quipped" or "teased" or "slogan" or "motto")
            {
                return true;
            }
        }

        for (var k = 0; k < count; k++)
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
