namespace Parley.Classifier.Text;

/// <summary>Categories of the curated lexicon (models/seed/lexicon.txt).</summary>
public enum LexiconCategory
{
    None,
    Profanity,
    Insult,
    Slur,
    Dehumanising,
    Identity,
    Threat,

    /// <summary>Verbs of hatred or contempt ("despise"): an attack when their object is a group.</summary>
    Hostile,
}

/// <summary>
/// The curated word list: priors for the model, targets for the normaliser's spelling repair, and the
/// vocabulary of the display-name rules. Loaded once from the embedded resource.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, LexiconCategory> _words;
    private readonly Dictionary<string, LexiconCategory>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly Dictionary<string, string?> _repairs;
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _repairLookup;

    // A third column "norepair" keeps a word out of the repair targets: short colloquial insults are one letter from
    // ordinary words ("wonk" → "twonk", "boos" → "bozos", "rigs" → "prigs"; a session-15 review).
    public static Lexicon Default { get; } = FromResources();

    private static Lexicon FromResources()
    {
        var rows = Resources.Lines("lexicon.txt").Select(l => l.Split('\t')).ToList(); // read once
        return new Lexicon(rows.Select(p => (p[0], Parse(p[1]))), Resources.Lines("repair-exceptions.txt"),
            rows.Where(p => p.Length > 2 && p[2].Trim() == "norepair").Select(p => p[0]));
    }

    public Lexicon(IEnumerable<(string Word, LexiconCategory Category)> words, IEnumerable<string> repairExceptions,
        IEnumerable<string>? noRepair = null)
    {
        _words = new Dictionary<string, LexiconCategory>(StringComparer.Ordinal);
        foreach (var (w, c) in words)
        {
            _words[w] = c;
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _words.Keys.SelectMany(w => Enumerable.Range(1, w.Length - 1).Select(n => w[..n]))
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWordLength = _words.Keys.Max(w => w.Length);
        HashSet<string> known = [.. _words.Keys, .. _words.Where(kv => kv.Value is LexiconCategory.Profanity
            or LexiconCategory.Insult or LexiconCategory.Slur or LexiconCategory.Dehumanising).SelectMany(kv => Plurals(kv.Key))];
        _knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        // A mask hides a violent verb's inflections too ("m*rdered", "st@bb*ng"); they come after the known words, so a mask
        // that fitted a known word before still reads as it.
        var inflected = _words.Where(kv => kv.Value == LexiconCategory.Threat).SelectMany(kv => Inflections(kv.Key))
            .Where(w => !known.Contains(w));
        TargetsByLength = known.Concat(inflected).Distinct()
            .GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray());
        _repairs = BuildRepairs(new HashSet<string>(repairExceptions, StringComparer.Ordinal),
            new HashSet<string>(noRepair ?? [], StringComparer.Ordinal));
        _repairLookup = _repairs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxWordLength { get; }

    /// <summary>
    /// Every word grouped by length, for masked-letter matching: unlike a dropped or swapped letter, a mask
    /// ("k*ll", "h*te") marks a disguise on purpose, so violent and hostile verbs are targets here too.
    /// </summary>
    internal Dictionary<int, string[]> TargetsByLength { get; }

    public IEnumerable<KeyValuePair<string, LexiconCategory>> Words => _words;

    public LexiconCategory Category(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var c) ? c : LexiconCategory.None;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>
    /// A lexicon word or a plural of an offensive one ("pussies", "morons"): what the normaliser may read a
    /// disguise as. Plurals are not lexicon words (no category feature of their own); the model knows them from
    /// its word and character grams.
    /// </summary>
    public bool IsKnown(ReadOnlySpan<char> word) => _knownLookup.Contains(word);

    /// <summary>Whether a lexicon word starts with <paramref name="head"/> and is longer ("bull" of "bullshit").</summary>
    public bool IsProperPrefix(ReadOnlySpan<char> head) => _prefixLookup.Contains(head);

    /// <summary>The lexicon word this token misspells by one dropped, swapped or sound-alike letter, if unambiguous.</summary>
    public string? Repair(ReadOnlySpan<char> token) =>
        _repairLookup.TryGetValue(token, out var target) ? target : null;

    private Dictionary<string, string?> BuildRepairs(HashSet<string> exceptions, HashSet<string> noRepair)
    {
        // Short words are excluded because one edit of a 3-4 letter word is usually another real word.
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);

        // Words of attacks that are no lexicon word but are misspelt with them ("Trans poeple are …", "Xs desreve to die").
        string[] repairOnly = ["people", "deserve", "deserves", "killed", "should"];
        foreach (var (w, c) in _words.Select(kv => (kv.Key, kv.Value)).Concat(repairOnly.Select(w => (w, LexiconCategory.None))))
        {
            if (!IsRepairTarget(c))
            {
                continue;
            }

            var variants = new HashSet<string>(StringComparer.Ordinal);
            if (w.Length >= 5)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    variants.Add(w.Remove(i, 1));

                    // One letter swapped for its look- or sound-alike: "muzlim", "bytch", "kunts", "fvcker".
                    if (SoundAlike(w[i]) is var alike and not '\0')
                    {
                        variants.Add(string.Concat(w.AsSpan(0, i), [alike], w.AsSpan(i + 1)));
                    }
                }
            }

            if (w.Length >= 4)
            {
                // A 'v' for a 'u' is a disguise that reads as the same letter ("fvck", "cvnt"), so unlike a sound-alike
                // it is safe in four-letter words too (a variant that is a common word is dropped below, as every other).
                if (w.Length == 4 && w.IndexOf('u') is var u and >= 0)
                {
                    variants.Add(string.Concat(w.AsSpan(0, u), "v", w.AsSpan(u + 1)));
                }

                for (var i = 0; i + 1 < w.Length; i++)
                {
                    var a = w.ToCharArray();
                    (a[i], a[i + 1]) = (a[i + 1], a[i]);
                    variants.Add(new string(a));
                }
            }

            foreach (var v in variants)
            {
                // A common English word is never a misspelling ("sexual" is no "asexual", "cops" no "copts").
                if (v == w || _words.ContainsKey(v) || exceptions.Contains(v) || EnglishWords.Rank(v) > 0)
                {
                    continue;
                }

                // Two targets for one variant: ambiguous, so never repair it. A norepair word is no target, but still
                // makes its variants ambiguous ("twts" is one edit from "twits" and "twats": not repaired).
                map[v] = noRepair.Contains(w) || (map.TryGetValue(v, out var existing) && existing != w) ? null : w;
            }
        }

        return map;
    }

    // "kill" → kills, killed, killing; "stab" → stabbed, stabbing; "strangle" → strangled, strangling. Irregular forms
    // ("shot", "hung") are left out: a mask over them fits ordinary words ("sh*t").
    private static IEnumerable<string> Inflections(string w)
    {
        if (w.EndsWith('e'))
        {
            return [w + "s", w + "d", w[..^1] + "ing"];
        }

        var doubled = w.Length <= 4 && "aeiou".Contains(w[^2]) && !"aeiou".Contains(w[^1]) && !"aeiou".Contains(w[^3]);
        return doubled ? [w + "s", w + w[^1] + "ed", w + w[^1] + "ing"] : [w + "s", w + "ed", w + "ing"];
    }

    private static IEnumerable<string> Plurals(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal)
            ? [w + "es"]
            : w.EndsWith('y') && w.Length > 2 && !"aeiou".Contains(w[^2]) ? [w[..^1] + "ies", w + "s"] : [w + "s"];

    private static char SoundAlike(char c) => c switch
    {
        's' => 'z',
        'z' => 's',
        'c' => 'k',
        'k' => 'c',
        'i' => 'y',
        'y' => 'i',
        'u' => 'v',
        'v' => 'u',
        _ => '\0',
    };

    // Violent verbs are short, common words whose one-letter variants are other words ("beat"/"bet"). Hostile verbs are
    // repaired ("ahte", "despse": a functional suite's misspellings); their variants are no common words.
    private static bool IsRepairTarget(LexiconCategory c) => c is not LexiconCategory.Threat;

    private static LexiconCategory Parse(string s) => s.Trim() switch
    {
        "profanity" => LexiconCategory.Profanity,
        "insult" => LexiconCategory.Insult,
        "slur" => LexiconCategory.Slur,
        "dehuman" => LexiconCategory.Dehumanising,
        "identity" => LexiconCategory.Identity,
        "threat" => LexiconCategory.Threat,
        "hostile" => LexiconCategory.Hostile,
        _ => throw new FormatException($"Unknown lexicon category '{s}'."),
    };
}
