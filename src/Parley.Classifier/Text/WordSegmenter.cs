namespace Parley.Classifier.Text;

/// <summary>
/// Splits words glued together to dodge filters ("youareanidiot", "killallthe…") into lexicon words and common
/// function words. Only a complete segmentation with at least one lexicon word counts, which keeps ordinary long
/// words intact ("therapist", "classic", "assassin" do not segment).
/// </summary>
internal static class WordSegmenter
{
    public const int MinLength = 7;

    private static readonly HashSet<string> s_glue = new(StringComparer.Ordinal)
    {
        "all", "the", "is", "are", "was", "were", "be", "a", "an", "to", "of", "and", "or", "i", "im", "we", "you",
        "your", "youre", "ur", "my", "our", "no", "not", "must", "should", "will", "go", "get", "out", "back", "home",
        "so", "such", "what", "this", "that", "he", "she", "his", "her", "it", "they", "them", "their", "every", "piece",
        "total", "complete", "little", "big", "off", "up", "shut", "hate", "love", "die", "dead", "kill", "people",
        "person", "folks", "deserve", "deserves", "useless", "drown", "rot",
    };

    // Real compound words that happen to segment into lexicon words.
    private static readonly HashSet<string> s_keep = new(StringComparer.Ordinal)
    {
        "hangout", "hangouts", "shootout", "shootouts", "freakout", "backstab", "backstabbing", "backstabber",
        "cockburn", "killjoy", "hangover", "hangovers", "outburn", "dieback", "standout",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_glueLookup =
        s_glue.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Part lengths of the segmentation with the fewest parts, or null.</summary>
    public static int[]? Segment(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        if (word.Length < MinLength || word.Length > 48 || lexicon.Contains(word)
            || s_keep.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return null;
        }

        Span<int> parts = stackalloc int[word.Length + 1];
        Span<int> last = stackalloc int[word.Length + 1];
        Span<bool> hasLexicon = stackalloc bool[word.Length + 1];
        parts.Fill(int.MaxValue);
        parts[0] = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - 16); start < end; start++)
            {
                if (parts[start] == int.MaxValue)
                {
                    continue;
                }

                var piece = word[start..end];
                if (piece.Length == 1 && !(start == 0 && piece[0] == 'i'))
                {
                    continue; // "a|pathetic", "kill|i|an": single letters make too many false splits; "i|hate|…" opens
                }

                var inLexicon = lexicon.Contains(piece);
                if (!inLexicon && !s_glueLookup.Contains(piece))
                {
                    continue;
                }

                var lex = hasLexicon[start] || (inLexicon && lexicon.Category(piece) != LexiconCategory.Identity);
                if (parts[start] + 1 < parts[end] || (parts[start] + 1 == parts[end] && lex && !hasLexicon[end]))
                {
                    parts[end] = parts[start] + 1;
                    last[end] = start;
                    hasLexicon[end] = lex;
                }
            }
        }

        // A segmentation needs an attacking lexicon word, or a group name among three parts or more
        // ("disabledpeopleareuseless"; "blackout" stays whole).
        if (parts[word.Length] is int.MaxValue or < 2
            || !(hasLexicon[word.Length] || (parts[word.Length] >= 3 && HasIdentity(word, last, lexicon))))
        {
            return null;
        }

        return Lengths(word.Length, parts, last);
    }

    private static bool HasIdentity(ReadOnlySpan<char> word, ReadOnlySpan<int> last, Lexicon lexicon)
    {
        for (var end = word.Length; end > 0; end = last[end])
        {
            if (lexicon.Category(word[last[end]..end]) == LexiconCategory.Identity)
            {
                return true;
            }
        }

        return false;
    }

    // The parts' lengths, read back along the best segmentation's last cuts.
    private static int[] Lengths(int length, ReadOnlySpan<int> parts, ReadOnlySpan<int> last)
    {
        var lengths = new int[parts[length]];
        for (int end = length, k = lengths.Length - 1; end > 0; end = last[end], k--)
        {
            lengths[k] = end - last[end];
        }

        return lengths;
    }
}
