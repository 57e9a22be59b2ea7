namespace Parley.Classifier.Text;

public sealed partial class TextNormalizer
{
    /// <summary>Step 4: undo leetspeak, stretched letters, masks and one-letter misspellings of lexicon words.</summary>
    private void TransformToken(CharBuffer tok)
    {
        UndoLeet(tok);
        CollapseRuns(tok);
        if (_lexicon.IsKnown(tok.Span))
        {
            return;
        }

        if (tok.Span.IndexOfAny('*', '#') >= 0)
        {
            var target = ResolveMask(tok.Span);
            if (target is not null)
            {
                tok.ReplaceAll(target);
                return;
            }

            // An unresolved mask keeps '*' (masked words are frequent in training data) but not '#'.
            for (var k = 0; k < tok.Count; k++)
            {
                tok.Chars[k] = tok.Chars[k] == '#' ? '*' : tok.Chars[k];
            }

            return;
        }

        var repaired = _lexicon.Repair(tok.Span);
        if (repaired is not null)
        {
            tok.ReplaceAll(repaired);
            return;
        }

        DoubleVForW(tok);
    }

    /// <summary>
    /// "Jevvs", "vvhore": two v's drawn as a w. Read so only when that gives a lexicon word (or its repair) and the
    /// token is no English word ("savvy", "revving" keep theirs).
    /// </summary>
    private void DoubleVForW(CharBuffer tok)
    {
        var span = tok.Span;
        var at = span.IndexOf("vv");
        if (at < 0 || span.Length > _lexicon.MaxWordLength + 1 || EnglishWords.Rank(span) > 0)
        {
            return;
        }

        Span<char> read = stackalloc char[span.Length - 1];
        span[..at].CopyTo(read);
        read[at] = 'w';
        span[(at + 2)..].CopyTo(read[(at + 1)..]);
        var target = _lexicon.IsKnown(read) ? read.ToString() : _lexicon.Repair(read);
        if (target is not null)
        {
            tok.ReplaceAll(target);
        }
    }

    private void UndoLeet(CharBuffer tok)
    {
        var span = tok.Span;
        // Pieces without a letter are numbers, or symbol words that SplitPieces already read as a lexicon word.
        if (span.IndexOfAny(LeetChars) < 0 || (!HasLetter(span) && span.IndexOfAny(LeetSymbols) < 0))
        {
            return;
        }

        Span<char> converted = stackalloc char[span.Length];
        for (var k = 0; k < span.Length; k++)
        {
            converted[k] = FromLeet(span[k]);
        }

        // '1' and '|' stand for 'l' as often as for 'i' ("mus1ims", "ki11"): prefer whichever gives a lexicon word.
        if (!_lexicon.IsKnown(converted) && span.IndexOfAny('1', '|') >= 0)
        {
            Span<char> alt = stackalloc char[span.Length];
            for (var k = 0; k < span.Length; k++)
            {
                alt[k] = span[k] is '1' or '|' ? 'l' : converted[k];
            }

            if (_lexicon.IsKnown(alt) || _lexicon.Repair(alt) is not null)
            {
                alt.CopyTo(converted);
            }
        }

        // Numbers glued to words ("2nd", "5pm", "covid19", "mp3") are not leetspeak, unless the result is a
        // lexicon word ("1diot", "ki11"). Leet characters between letters ("m0r0n", "1d10t", "sh!t") always are.
        // A common word of three letters or more reads through too ("4ll" is "all"; "1st", "5pm" are no words).
        if (!_lexicon.IsKnown(converted) && !(converted.Length >= 3 && EnglishWords.Rank(converted) is > 0 and < 5000)
            && (IsDigitsThenLetters(span) || IsLettersThenDigits(span)))
        {
            return;
        }

        converted.CopyTo(tok.Chars);
    }

    private static readonly System.Buffers.SearchValues<char> LeetChars =
        System.Buffers.SearchValues.Create("01345679@$!|+");

    private static char FromLeet(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '9' => 'g',
        '+' => 't',
        _ => c,
    };

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigitsThenLetters(ReadOnlySpan<char> s)
    {
        var k = 0;
        while (k < s.Length && char.IsDigit(s[k]))
        {
            k++;
        }

        return k > 0 && AllLetters(s[k..]);
    }

    private static bool IsLettersThenDigits(ReadOnlySpan<char> s)
    {
        var k = s.Length;
        while (k > 0 && char.IsDigit(s[k - 1]))
        {
            k--;
        }

        return k < s.Length && AllLetters(s[..k]);
    }

    private static bool AllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>
    /// "stuuuupid" → "stupid", "puuuussy" → "pussy", "PUSSYYY" → "pussy": the first known word among runs of 3+
    /// shrunk to two letters, runs of 3+ shrunk to one with the word's own doubles kept, and every run shrunk to
    /// one; otherwise runs of 3+ shrink to 2 ("sooo" → "soo").
    /// </summary>
    private void CollapseRuns(CharBuffer tok)
    {
        var span = tok.Span;
        var hasRun3 = false;
        var hasRun2 = false;
        for (var k = 1; k < span.Length; k++)
        {
            if (span[k] == span[k - 1] && char.IsLetter(span[k]))
            {
                hasRun2 = true;
                hasRun3 |= k >= 2 && span[k - 2] == span[k];
            }
        }

        if (!hasRun2 || (!hasRun3 && _lexicon.IsKnown(span)))
        {
            return;
        }

        Span<bool> keepTwo = stackalloc bool[span.Length];
        Span<bool> keepOne = stackalloc bool[span.Length];
        Span<bool> keepMixed = stackalloc bool[span.Length];
        Span<char> two = stackalloc char[span.Length];
        Span<char> one = stackalloc char[span.Length];
        Span<char> mixed = stackalloc char[span.Length];
        int n2 = 0, n1 = 0, nm = 0;
        for (var k = 0; k < span.Length; k++)
        {
            var same1 = k >= 1 && span[k] == span[k - 1] && char.IsLetter(span[k]);
            var same2 = same1 && k >= 2 && span[k] == span[k - 2];
            keepTwo[k] = !same2;
            keepOne[k] = !same1;

            // A repeat is kept only in a run of exactly two (the word's own double letter).
            var runOfTwo = same1 && !same2 && (k + 1 >= span.Length || span[k + 1] != span[k]);
            keepMixed[k] = !same1 || runOfTwo;
            if (keepTwo[k])
            {
                two[n2++] = span[k];
            }

            if (keepOne[k])
            {
                one[n1++] = span[k];
            }

            if (keepMixed[k])
            {
                mixed[nm++] = span[k];
            }
        }

        if (_lexicon.IsKnown(two[..n2]))
        {
            tok.Compact(keepTwo);
        }
        else if (hasRun3 && _lexicon.IsKnown(mixed[..nm]))
        {
            tok.Compact(keepMixed);
        }
        else if (_lexicon.IsKnown(one[..n1]))
        {
            tok.Compact(keepOne);
        }
        else if (hasRun3)
        {
            tok.Compact(keepTwo);
        }
    }

    /// <summary>"f*ck", "id**t", "sh#t": the first lexicon word of the same length that fits the mask.</summary>
    private string? ResolveMask(ReadOnlySpan<char> token)
    {
        if (!HasLetter(token) || !_lexicon.TargetsByLength.TryGetValue(token.Length, out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            var fits = true;
            for (var k = 0; k < token.Length && fits; k++)
            {
                fits = token[k] is '*' or '#' || token[k] == word[k];
            }

            if (fits)
            {
                return word;
            }
        }

        return null;
    }
}
