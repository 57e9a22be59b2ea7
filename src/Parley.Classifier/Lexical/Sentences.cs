using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Sentence boundaries over the normalised tokens, read from the original text between two tokens (a full stop,
/// question or exclamation mark, or a line break). Letters spaced out with dots ("f.u.c.k") are one token, so
/// their dots are never boundaries.
/// </summary>
internal static class Sentences
{
    /// <summary>Fills <paramref name="sentenceOf"/> (one entry per token) and returns the number of sentences.</summary>
    public static int Assign(NormalizedText norm, int tokens, Span<int> sentenceOf)
    {
        var sentence = 0;
        var original = norm.Original;
        var previousEnd = -1;
        for (var i = 0; i < tokens; i++)
        {
            var (begin, end) = norm.TokensToOriginal(i, i);
            if (previousEnd >= 0 && begin > previousEnd && original.AsSpan(previousEnd, begin - previousEnd).IndexOfAny(".!?\n") >= 0)
            {
                sentence++;
            }

            sentenceOf[i] = sentence;
            previousEnd = Math.Max(previousEnd, end);
        }

        return tokens == 0 ? 0 : sentence + 1;
    }

    /// <summary>Whether a sentence or clause ends before token <paramref name="k"/> (".", ";", "!", "?" or a line break).</summary>
    public static bool BreakBefore(NormalizedText text, int k) => text.GapBefore(k).IndexOfAny(".;!?\n") >= 0;

    /// <summary>
    /// Token <paramref name="k"/>, or empty before the text, past <paramref name="count"/> or past a clause break (a comma
    /// counts, as in <see cref="ThreatIntent.SentenceBreakBefore"/>): the fixed phrases the rules read end with their
    /// clause, and a rule looking back from the first token reads nothing (session 18's first crash looked at token -1).
    /// </summary>
    public static ReadOnlySpan<char> InClause(NormalizedText text, int k, int count) =>
        k >= 0 && k < count && !ThreatIntent.SentenceBreakBefore(text, k) ? text.TokenText(k) : default;

    /// <summary>Whether any of the first <paramref name="count"/> tokens matches: the rules' cheap pre-check before a per-token search.</summary>
    public static bool AnyToken(NormalizedText text, int count, Func<ReadOnlySpan<char>, bool> match)
    {
        for (var i = 0; i < count; i++)
        {
            if (match(text.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the sentence that holds token <paramref name="i"/>.</summary>
    public static int Start(NormalizedText text, int i)
    {
        var k = i;
        while (k > 0 && !BreakBefore(text, k))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Whether "if", "unless" or "when" stands before token <paramref name="k"/> in its sentence: what follows is a
    /// condition's outcome, a warning or a forecast ("If you drink like that you'll end up in …").
    /// </summary>
    public static bool ConditionBefore(NormalizedText text, int k)
    {
        for (var c = k - 1; c >= 0 && !BreakBefore(text, c + 1); c--)
        {
            if (text.TokenText(c) is "if" or "unless" or "when")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence holding token <paramref name="last"/> ends in a question mark: "So the lives of X children
    /// don't matter?", "So Xs are criminals now?" are the critic's questions, not the attacker's claims.
    /// </summary>
    public static bool EndsInQuestion(NormalizedText text, int last, int count)
    {
        var k = last + 1;
        while (k < count && !BreakBefore(text, k))
        {
            k++;
        }

        var gap = k < count ? text.GapBefore(k) : text.Original.AsSpan(Math.Min(text.Original.Length, text.TokensToOriginal(count - 1, count - 1).End));
        return gap.Contains('?');
    }
}
