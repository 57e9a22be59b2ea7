namespace Parley.Classifier.Text;

/// <summary>
/// Character-level folding: compatibility decomposition (NFKC/NFKD), diacritic removal, case folding and
/// homoglyph mapping. The runtime is in invariant-globalisation mode, where string.Normalize does nothing, so
/// the NFKD-and-strip-marks table is precomputed (models/unicode-fold.tsv, generated with ICU) and embedded.
/// </summary>
internal static class CharFolding
{
    // Cyrillic and Greek letters that look like Latin ones (after lower-casing). Only look-alikes, not
    // transliterations, because the goal is to undo visual spoofing.
    private static readonly Dictionary<char, char> s_confusables = new()
    {
        ['а'] = 'a',
        ['в'] = 'b',
        ['е'] = 'e',
        ['ё'] = 'e',
        ['к'] = 'k',
        ['м'] = 'm',
        ['н'] = 'h',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['т'] = 't',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ї'] = 'i',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['ԁ'] = 'd',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['ɡ'] = 'g',
        ['ɑ'] = 'a',
        ['ı'] = 'i',
        ['ℓ'] = 'l',
        ['α'] = 'a',
        ['β'] = 'b',
        ['ε'] = 'e',
        ['η'] = 'n',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['ν'] = 'v',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['τ'] = 't',
        ['υ'] = 'u',
        ['χ'] = 'x',
        ['γ'] = 'y',
        ['ω'] = 'w',
        ['μ'] = 'u',
        ['ς'] = 'c',
        ['ϲ'] = 'c',
        ['ϳ'] = 'j',

        // Latin letters with hooks and small capitals ("ƒuck", "ꜰᴜᴄᴋ"): not compatibility forms, so NFKC keeps them.
        ['ƒ'] = 'f',
        ['ɓ'] = 'b',
        ['ɦ'] = 'h',
        ['ɱ'] = 'm',
        ['ɲ'] = 'n',
        ['ʋ'] = 'v',
        ['ᴀ'] = 'a',
        ['ʙ'] = 'b',
        ['ᴄ'] = 'c',
        ['ᴅ'] = 'd',
        ['ᴇ'] = 'e',
        ['ꜰ'] = 'f',
        ['ɢ'] = 'g',
        ['ʜ'] = 'h',
        ['ɪ'] = 'i',
        ['ᴊ'] = 'j',
        ['ᴋ'] = 'k',
        ['ʟ'] = 'l',
        ['ᴍ'] = 'm',
        ['ɴ'] = 'n',
        ['ᴏ'] = 'o',
        ['ᴘ'] = 'p',
        ['ʀ'] = 'r',
        ['ꜱ'] = 's',
        ['ᴛ'] = 't',
        ['ᴜ'] = 'u',
        ['ᴠ'] = 'v',
        ['ᴡ'] = 'w',
        ['ʏ'] = 'y',
        ['ᴢ'] = 'z',
    };

    // Declared after the confusables because LoadFold uses them (static initialisers run in order).
    private static readonly Dictionary<int, string> s_fold = LoadFold();

    /// <summary>Zero-width, bidi controls, soft hyphen, variation selectors and combining marks: dropped.</summary>
    public static bool IsIgnorable(int cp) =>
        cp is 0x00AD or 0x034F or 0x061C or 0x180E or 0xFEFF
        || cp is >= 0x200B and <= 0x200F
        || cp is >= 0x202A and <= 0x202E
        || cp is >= 0x2060 and <= 0x2069
        || cp is >= 0xFE00 and <= 0xFE0F
        || cp is >= 0x0300 and <= 0x036F
        || cp is >= 0x1AB0 and <= 0x1AFF
        || cp is >= 0x1DC0 and <= 0x1DFF
        || cp is >= 0x20D0 and <= 0x20FF
        || cp is >= 0xFE20 and <= 0xFE2F
        || cp is >= 0xE0000 and <= 0xE007F;

    /// <summary>Folded, lower-cased replacement of a code point, or null when it is not a known fold.</summary>
    public static string? Fold(int cp) => cp >= 0xA0 && s_fold.TryGetValue(cp, out var s) ? s : null;

    public static char Lower(char c)
    {
        var l = char.ToLowerInvariant(c);
        return s_confusables.TryGetValue(l, out var latin) ? latin : l;
    }

    private static Dictionary<int, string> LoadFold()
    {
        var map = new Dictionary<int, string>();
        foreach (var line in Resources.Lines("unicode-fold.tsv"))
        {
            var tab = line.IndexOf('\t');
            var cp = Convert.ToInt32(line[..tab], 16);
            var chars = line[(tab + 1)..].Split(' ').Select(h => Lower((char)Convert.ToInt32(h, 16)));
            map[cp] = new string([.. chars]);
        }

        // Negative circled and negative squared letters ("🅸🅳🅸🅾🆃", "🅘🅓🅘🅞🅣") have no compatibility decomposition, so
        // ICU's table leaves them out, but a reader sees the same letters as the squared ones it folds ("🄸🄳🄸🄾🅃").
        for (var i = 0; i < 26; i++)
        {
            map[0x1F150 + i] = ((char)('a' + i)).ToString();
            map[0x1F170 + i] = ((char)('a' + i)).ToString();
        }

        return map;
    }
}
