namespace Parley.Classifier.Text;

/// <summary>A token of the normalised text: start and length in <see cref="NormalizedText.Text"/>.</summary>
public readonly record struct NormToken(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// The canonical form of a text that the model and the word lists see: lower-case folded tokens separated by
/// single spaces, plus a map from every normalised character back to the original UTF-16 range it came from.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _origStart;
    private readonly int[] _origEnd;
    private readonly NormToken[] _tokens;

    internal NormalizedText(string original, string text, int[] origStart, int[] origEnd, NormToken[] tokens)
    {
        Original = original;
        Text = text;
        _origStart = origStart;
        _origEnd = origEnd;
        _tokens = tokens;
    }

    public string Original { get; }

    public string Text { get; }

    public ReadOnlySpan<NormToken> Tokens => _tokens;

    public int TokenCount => _tokens.Length;

    public ReadOnlySpan<char> TokenText(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>Original UTF-16 range covered by normalised characters [start, end).</summary>
    public (int Begin, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            return (_origStart.Length == 0 ? 0 : _origStart[Math.Min(start, _origStart.Length - 1)], 0);
        }

        var begin = int.MaxValue;
        var last = 0;
        for (var i = start; i < end; i++)
        {
            begin = Math.Min(begin, _origStart[i]);
            last = Math.Max(last, _origEnd[i]);
        }

        return (begin, last);
    }

    /// <summary>
    /// True when the token is a spaced-out letter run whose first letter is a single-letter word ("a", "i") set
    /// apart from the rest by a space or punctuation in the original ("what a m o r o n" → "amoron"), so the run
    /// may also be read without it.
    /// </summary>
    public bool HasDetachableLeadingLetter(int index)
    {
        var t = _tokens[index];
        if (t.Length < 4 || Text[t.Start] is not ('a' or 'i'))
        {
            return false;
        }

        var gapStart = _origEnd[t.Start];
        var gapEnd = _origStart[t.Start + 1];
        for (var k = gapStart; k < gapEnd && k < Original.Length; k++)
        {
            if (char.IsWhiteSpace(Original[k]) || char.IsPunctuation(Original[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Original range covered by tokens [first, last] inclusive.</summary>
    public (int Begin, int End) TokensToOriginal(int first, int last) =>
        ToOriginal(_tokens[first].Start, _tokens[last].End);

    /// <summary>
    /// The original text between token <paramref name="index"/> and the one before it (before the first token: the
    /// text's start), where punctuation and quotation marks live; empty when the two touch.
    /// </summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        var previousEnd = index == 0 ? 0 : TokensToOriginal(index - 1, index - 1).End;
        var begin = TokensToOriginal(index, index).Begin;
        return begin > previousEnd ? Original.AsSpan(previousEnd, begin - previousEnd) : default;
    }
}
