using System.Globalization;
using System.Text;

namespace Parley.Classifier.Training;

/// <summary>
/// How well flagged toxic comments stay flagged when the word that drives the score is disguised, and whether the
/// same disguises make civil comments look toxic. The attack is the one of Hosseini et al. (2017, "Deceiving
/// Google's Perspective API"): change the most toxic word, keep the rest. Toxic side: the held-out texts labelled
/// TOXICITY that the model flags; the word is the longest word overlapping the top TOXICITY span. Civil side: the
/// held-out civil texts the model does not flag; the word is a random word of four or more letters. A disguise
/// that leaves a word as it was (leetspeak on "dumb", a swap of the two g's in "faggot") does not count for it.
/// Deterministic: each text's choices come from a hash of the text.
/// </summary>
public static class ObfuscationProbe
{
    /// <summary>
    /// <paramref name="Misses"/>: the disguised words that most often changed the flag (a toxic text lost it or a
    /// civil one gained it), with counts, for the log. Counts are of the texts the disguise changed.
    /// </summary>
    public sealed record Row(string Name, string Example, int Toxic, int StillFlagged, int Civil, int NowFlagged,
        List<string> Misses)
    {
        public double Retained => (double)StillFlagged / Math.Max(1, Toxic);
        public double CivilFlagged => (double)NowFlagged / Math.Max(1, Civil);
    }

    /// <summary>A disguise of one word; <paramref name="rng"/> picks positions where the disguise has a choice.</summary>
    public sealed record Disguise(string Name, Func<string, Random, string> Apply);

    private const string Vowels = "aeiou";

    public static readonly IReadOnlyList<Disguise> Disguises =
    [
        new("leetspeak (a→4, e→3, i→1, o→0, s→5, t→7)", (w, _) => Map(w, c => c switch
        {
            'a' => '4', 'e' => '3', 'i' => '1', 'o' => '0', 's' => '5', 't' => '7', _ => c,
        })),
        new("symbols (a→@, i→!, s→$)", (w, _) => Map(w, c => c switch { 'a' => '@', 'i' => '!', 's' => '$', _ => c })),
        new("one inner vowel masked (*)", (w, r) => ReplaceAt(w, PickInner(w, r, vowel: true), "*")),
        new("letters spaced (i d i o t)", (w, _) => string.Join(' ', w.ToCharArray())),
        new("letters dotted (i.d.i.o.t)", (w, _) => string.Join('.', w.ToCharArray())),
        new("a vowel repeated (idiooot)", (w, r) => PickInner(w, r, vowel: true) is var i and >= 0 ? w.Insert(i, new string(w[i], 2)) : w),
        new("one inner letter dropped", (w, r) => PickInner(w, r, vowel: false) is var i and >= 0 ? w.Remove(i, 1) : w),
        new("two inner letters swapped", (w, r) => Swap(w, r)),
        new("Cyrillic look-alikes (а е о р с х)", (w, _) => Map(w, c => c switch
        {
            'a' => 'а', 'e' => 'е', 'o' => 'о', 'p' => 'р', 'c' => 'с', 'x' => 'х', _ => c,
        })),
        new("zero-width spaces between letters", (w, _) => string.Join('\u200B', w.ToCharArray())),
        new("fullwidth letters", (w, _) => Map(w, c => c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'ａ') : c)),
        new("mathematical bold letters", (w, _) => string.Concat(w.Select(c => c is >= 'a' and <= 'z'
            ? char.ConvertFromUtf32(0x1D41A + c - 'a') : c.ToString()))),
        new("UPPER CASE with a repeated last letter", (w, _) => w.ToUpperInvariant() + char.ToUpperInvariant(w[^1]) + char.ToUpperInvariant(w[^1])),
    ];

    public static List<Row> Run(IToxicityClassifier classifier, IReadOnlyList<Example> test)
    {
        var tox = (int)ToxicityLabel.Toxicity;
        var threshold = ToxicityClassifiers.DefaultThreshold(ToxicityLabel.Toxicity);
        var toxic = new List<(string Text, int Begin, int End)>();
        var civil = new List<(string Text, int Begin, int End)>();
        foreach (var e in test)
        {
            if (e.Labels[tox] > 0.5f)
            {
                var r = classifier.Score(e.Text);
                if (r.Scores[tox] >= threshold && r.Spans[tox].Count > 0
                    && TargetWord(e.Text, r.Spans[tox].MaxBy(s => s.Contribution)) is { } w)
                {
                    toxic.Add((e.Text, w.Begin, w.End));
                }
            }
            else if (e.Civil && classifier.Score(e.Text).Scores[tox] < threshold
                     && RandomWord(e.Text, new Random(Hash(e.Text))) is { } w)
            {
                civil.Add((e.Text, w.Begin, w.End));
            }
        }

        // Only texts whose flag depends on the word: where the rest of the text keeps the flag on its own, a
        // disguise that fails would go unnoticed.
        toxic.RemoveAll(x => classifier.Score(x.Text[..x.Begin] + x.Text[x.End..]).Scores[tox] >= threshold);
        var rows = new List<Row>();
        foreach (var d in Disguises)
        {
            var changedFlag = new List<string>();
            (int Texts, int Flagged) Count(List<(string Text, int Begin, int End)> set, bool toxicSide)
            {
                var (texts, flaggedCount) = (0, 0);
                foreach (var x in set)
                {
                    var word = x.Text[x.Begin..x.End].ToLowerInvariant();
                    var disguised = d.Apply(word, new Random(Hash(x.Text)));
                    if (disguised == word)
                    {
                        continue;
                    }

                    texts++;
                    var flagged = classifier.Score(x.Text[..x.Begin] + disguised + x.Text[x.End..]).Scores[tox] >= threshold;
                    flaggedCount += flagged ? 1 : 0;
                    if (flagged != toxicSide)
                    {
                        changedFlag.Add($"{word} → {disguised}");
                    }
                }

                return (texts, flaggedCount);
            }

            var (toxicTexts, stillFlagged) = Count(toxic, toxicSide: true);
            var (civilTexts, nowFlagged) = Count(civil, toxicSide: false);
            var misses = changedFlag.CountBy(m => m).OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal)
                .Take(12).Select(m => $"{m.Key} ({m.Value})").ToList();
            rows.Add(new Row(d.Name, d.Apply("idiot", new Random(1)), toxicTexts, stillFlagged, civilTexts, nowFlagged, misses));
        }

        return rows;
    }

    public static string Table(List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| disguise of one word | example (\"idiot\") | toxic texts still flagged | civil texts now flagged |");
        sb.AppendLine("|---|---|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | `{r.Example}` | {r.Retained:P1} of {r.Toxic} | {r.CivilFlagged:P2} of {r.Civil} |"));
        }

        return sb.ToString();
    }

    /// <summary>The longest all-letter word of three or more letters overlapping the span.</summary>
    private static (int Begin, int End)? TargetWord(string text, SpanScore span)
    {
        (int, int)? best = null;
        foreach (var (b, e) in Words(text))
        {
            if (e > span.Begin && b < span.End && e - b >= 3 && (best is null || e - b > best.Value.Item2 - best.Value.Item1))
            {
                best = (b, e);
            }
        }

        return best;
    }

    private static (int Begin, int End)? RandomWord(string text, Random rng)
    {
        var words = Words(text).Where(w => w.End - w.Begin >= 4).ToList();
        return words.Count == 0 ? null : words[rng.Next(words.Count)];
    }

    /// <summary>Runs of ASCII letters (the disguises are defined on a–z).</summary>
    private static IEnumerable<(int Begin, int End)> Words(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    private static string Map(string w, Func<char, char> f) => string.Concat(w.Select(f));

    private static string ReplaceAt(string w, int i, string with) => i < 0 ? w : w[..i] + with + w[(i + 1)..];

    /// <summary>A position strictly inside the word (not the first or last letter), a vowel if asked; −1 if none.</summary>
    private static int PickInner(string w, Random rng, bool vowel)
    {
        var options = Enumerable.Range(1, Math.Max(0, w.Length - 2)).Where(i => !vowel || Vowels.Contains(w[i])).ToList();
        return options.Count == 0 ? -1 : options[rng.Next(options.Count)];
    }

    private static string Swap(string w, Random rng)
    {
        // Two neighbours inside the word, keeping the first and last letters (the classic "fcuk", "stuipd").
        if (w.Length < 4)
        {
            return w;
        }

        var i = 1 + rng.Next(w.Length - 3);
        var c = w.ToCharArray();
        (c[i], c[i + 1]) = (c[i + 1], c[i]);
        return new string(c);
    }

    /// <summary>FNV-1a: a seed stable across processes (string.GetHashCode is randomised per process).</summary>
    private static int Hash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h & 0x7FFFFFFF);
    }
}
