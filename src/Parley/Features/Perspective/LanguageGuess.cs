using System.Collections.Frozen;
using System.Globalization;

namespace Parley.Features.Perspective;

/// <summary>
/// A small language guesser for requests that name no language (Perspective detects one then): writing
/// system first, then common function words for Latin-script languages. It only has to tell English
/// from the rest, and leans to English when unsure, so a short or odd English comment is never refused.
/// </summary>
internal static class LanguageGuess
{
    private static readonly string[] s_scripts = ["el", "ru", "he", "ar", "hi", "ja", "ko", "zh"];

    private static readonly string[] s_latin = ["en", "es", "fr", "de", "pt", "it", "nl"];

    /// <summary>Function word → bit mask of the <see cref="s_latin"/> languages that use it (one lookup a word).</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_words = Words(
        "the and is are was you your that this it of to in for not with have be what they he she we my me i on but",
        "el la los las es y que de en un una por con para no se su al lo como más pero sus le ya muy está",
        "le la les est et que de des en un une pour pas avec ce il elle je vous nous sur qui dans au aux ne très",
        "der die das und ist nicht ich du sie es ein eine mit auf für den dem zu von sich auch wir ihr sind war",
        "o a os as é e que de em um uma para com não se seu sua ao do da dos das mais mas muito você",
        "il lo la gli le è e che di in un una per con non si del della sono ma anche come più questo",
        "de het een en is van dat niet ik je op te met voor zijn er maar ook wat dit die");

    /// <summary>Languages sorted by likelihood, most likely first (never empty).</summary>
    public static List<string> Detect(string text)
    {
        if (ScriptLanguage(text) is { } byScript)
        {
            return [byScript];
        }

        Span<int> hits = stackalloc int[s_latin.Length];
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (word.Length is 0 or > 32)
            {
                continue;
            }

            var n = word.ToLowerInvariant(lower);
            if (s_words.TryGetValue(lower[..n], out var mask))
            {
                for (var l = 0; l < s_latin.Length; l++)
                {
                    hits[l] += (mask >> l) & 1;
                }
            }
        }

        var best = 0;
        for (var l = 1; l < s_latin.Length; l++)
        {
            if (hits[l] > hits[best])
            {
                best = l;
            }
        }

        // Another language must clearly beat English: shared words ("a", "de", "in") blur short texts.
        var other = best != 0 && hits[best] >= 2 && hits[best] > hits[0] * 2;
        return other ? [s_latin[best], "en"] : ["en"];
    }

    /// <summary>The language implied by a non-Latin writing system holding most of the letters, if any.</summary>
    private static string? ScriptLanguage(string text)
    {
        int letters = 0, latin = 0;
        Span<int> counts = stackalloc int[8];
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            var s = c switch
            {
                <= '\u024F' => -1,
                >= '\u0370' and <= '\u03FF' => 0,
                >= '\u0400' and <= '\u04FF' => 1,
                >= '\u0590' and <= '\u05FF' => 2,
                >= '\u0600' and <= '\u06FF' => 3,
                >= '\u0900' and <= '\u097F' => 4,
                >= '\u3040' and <= '\u30FF' => 5,
                >= '\uAC00' and <= '\uD7AF' => 6,
                >= '\u4E00' and <= '\u9FFF' => 7,
                _ => -2,
            };
            if (s == -1)
            {
                latin++;
            }
            else if (s >= 0)
            {
                counts[s]++;
            }
        }

        if (letters == 0 || latin * 2 >= letters)
        {
            return null;
        }

        var best = 0;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[best])
            {
                best = s;
            }
        }

        // Kana anywhere means Japanese even when Han characters outnumber it.
        return counts[5] > 0 ? "ja" : counts[best] == 0 ? "und" : s_scripts[best];
    }

    /// <summary>ISO 639-1 primary subtag of a language tag ("en-US" → "en"), lower case.</summary>
    public static string Primary(string tag)
    {
        var dash = tag.IndexOfAny(['-', '_']);
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLower(CultureInfo.InvariantCulture);
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] lists)
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < lists.Length; l++)
        {
            foreach (var word in lists[l].Split(' '))
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << l);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
