using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>One hashed feature occurrence, with the token range it came from (for span explanations).</summary>
internal record struct Feature(int Index, float Value, int First, int Last);

/// <summary>
/// Hashed n-gram features over the normalised tokens: word unigrams and bigrams, character 3–5-grams of each
/// token (robust to misspellings the normaliser does not undo), the curated lexicon's categories, and two
/// skip-patterns ("you … &lt;insult&gt;", "&lt;group&gt; … &lt;dehumanising/threat word&gt;") that let the
/// model generalise beyond the exact wording it was trained on. No allocation beyond the caller's buffer.
/// </summary>
internal static class Features
{
    public const int MaxTokens = 400;
    private const int MaxCharGramToken = 24;
    private const uint SeedWord = 0x9E3779B1, SeedBigram = 0x85EBCA77, SeedChar = 0xC2B2AE3D, SeedLex = 0x27D4EB2F;
    private const uint SeedYou = 0x165667B1, SeedGroup = 0xD3A2646C;
    private static readonly uint IdentityHash = Hash("<identity>", SeedWord);

    public static void Extract(NormalizedText text, Lexicon lexicon, int dimension, List<Feature> into)
    {
        into.Clear();
        var mask = (uint)(dimension - 1);
        var count = Math.Min(text.TokenCount, MaxTokens);
        var prevHash = 0u;
        for (var i = 0; i < count; i++)
        {
            var tok = text.TokenText(i);
            var category = lexicon.Category(tok);

            // Identity terms are masked: every group name hashes to the same placeholder and has no character
            // grams, so the model cannot learn that one group's name is toxic (the hate-speech sources would
            // otherwise teach exactly that); what it learns is the attacking context around any group.
            var identity = category == LexiconCategory.Identity;
            var wordHash = identity ? IdentityHash : Hash(tok, SeedWord);
            into.Add(new Feature((int)(wordHash & mask), 1f, i, i));
            if (i > 0)
            {
                into.Add(new Feature((int)(Mix((prevHash * 31) ^ wordHash ^ SeedBigram) & mask), 1f, i - 1, i));
            }

            prevHash = wordHash;
            if (!identity)
            {
                AddCharGrams(tok, i, mask, into);
            }

            if (category is not LexiconCategory.None)
            {
                into.Add(new Feature((int)(Mix(SeedLex + (uint)category) & mask), 1f, i, i));
                AddSkipPatterns(text, lexicon, i, category, count, mask, into);
            }
        }
    }

    private static void AddSkipPatterns(NormalizedText text, Lexicon lexicon, int i, LexiconCategory category,
        int count, uint mask, List<Feature> into)
    {
        if (category is LexiconCategory.Identity)
        {
            // "<group> are vermin", "<group> should be shot": an identity word near an attacking word.
            for (var j = i + 1; j < Math.Min(count, i + 5); j++)
            {
                var c = lexicon.Category(text.TokenText(j));
                if (c is LexiconCategory.Dehumanising or LexiconCategory.Threat or LexiconCategory.Insult
                    or LexiconCategory.Slur)
                {
                    into.Add(new Feature((int)(Mix(SeedGroup + (uint)c) & mask), 1f, i, j));
                    break;
                }
            }

            return;
        }

        if (category is LexiconCategory.Identity or LexiconCategory.Threat)
        {
            return;
        }

        for (var j = Math.Max(0, i - 4); j < i; j++)
        {
            if (text.TokenText(j) is "you" or "your" or "youre" or "u" or "ur" or "ya")
            {
                into.Add(new Feature((int)(Mix(SeedYou + (uint)category) & mask), 1f, j, i));
                break;
            }
        }
    }

    private static void AddCharGrams(ReadOnlySpan<char> tok, int position, uint mask, List<Feature> into)
    {
        if (tok.Length == 0 || char.IsDigit(tok[0]))
        {
            return;
        }

        var len = Math.Min(tok.Length, MaxCharGramToken);
        var padded = len + 2; // '<' token '>'
        var grams = 0;
        for (var n = 3; n <= 5; n++)
        {
            grams += Math.Max(0, padded - n + 1);
        }

        // Each token's character grams together weigh about as much as its word feature.
        var value = 1f / MathF.Sqrt(Math.Max(grams, 1));
        for (var n = 3; n <= 5; n++)
        {
            for (var s = 0; s + n <= padded; s++)
            {
                var h = 2166136261u ^ SeedChar ^ (uint)n;
                for (var k = s; k < s + n; k++)
                {
                    var c = k == 0 ? '<' : k == padded - 1 ? '>' : tok[k - 1];
                    h = (h ^ c) * 16777619u;
                }

                into.Add(new Feature((int)(Mix(h) & mask), value, position, position));
            }
        }
    }

    public static uint Hash(ReadOnlySpan<char> s, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return Mix(h);
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
