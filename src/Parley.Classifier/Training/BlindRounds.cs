using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Classifier.Training;

/// <summary>
/// The blind rounds (<c>bench/blind-rounds/*.jsonl</c>): sets of comments that helpers who saw neither the code nor the
/// data wrote, each scored once before any change was read from it, and kept since as regression sets. A row is right
/// for a label when the score is on the expected side of the default threshold; TOXICITY and THREAT are judged only
/// where the row states them, display names (<c>"name": true</c>) are scored as names.
/// </summary>
public static class BlindRounds
{
    public sealed record SetResult(string Name, int Count, int Names, Tally Toxicity, Tally IdentityAttack, Tally Threat, List<string> Misses);

    public readonly record struct Tally(int Right, int Judged)
    {
        public Tally Add(bool? expected, float score, ToxicityLabel label) => expected is not { } e
            ? this
            : new Tally(Right + (score >= ToxicityClassifiers.DefaultThreshold(label) == e ? 1 : 0), Judged + 1);

        public override string ToString() =>
            Judged == 0 ? "–" : ((double)Right / Judged).ToString("F3", CultureInfo.InvariantCulture) + (Judged < 100 ? $" ({Judged})" : "");
    }

    private sealed record Row(string Case, string Text, bool? Toxic, bool Hateful, bool? Threat, bool Name);

    public static List<SetResult> Run(IToxicityClassifier classifier, string directory)
    {
        var results = new List<SetResult>();
        foreach (var path in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            Tally tox = default, ia = default, threat = default;
            var (count, names) = (0, 0);
            var misses = new List<string>();
            foreach (var row in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => Parse(path, l)))
            {
                var r = classifier.Score(row.Text, row.Name ? TextKind.DisplayName : TextKind.Comment);
                var (t, i, h) = (r[ToxicityLabel.Toxicity], r[ToxicityLabel.IdentityAttack], r[ToxicityLabel.Threat]);
                (tox, ia, threat) = (tox.Add(row.Toxic, t, ToxicityLabel.Toxicity), ia.Add(row.Hateful, i, ToxicityLabel.IdentityAttack),
                    threat.Add(row.Threat, h, ToxicityLabel.Threat));
                count++;
                names += row.Name ? 1 : 0;
                if (row.Toxic is { } toxic && t >= ToxicityClassifiers.DefaultThreshold(ToxicityLabel.Toxicity) != toxic)
                {
                    misses.Add(string.Create(CultureInfo.InvariantCulture, $"{row.Case}: TOXICITY {t:F2} — {row.Text}"));
                }
            }

            results.Add(new SetResult(Path.GetFileNameWithoutExtension(path), count, names, tox, ia, threat, misses));
        }

        return results;
    }

    private static Row Parse(string path, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            static bool? Flag(JsonElement e, string name) =>
                e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
            return new Row(e.GetProperty("case").GetString()!, e.GetProperty("text").GetString()!, Flag(e, "toxic"),
                Flag(e, "hateful") ?? throw new FormatException("no 'hateful'"), Flag(e, "threat"), Flag(e, "name") ?? false);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new FormatException($"{path}: expected {{\"case\", \"text\", \"toxic\", \"hateful\"[, \"threat\", \"name\"]}}, got '{line}'", ex);
        }
    }

    /// <summary>One markdown table, a row per set: accuracy per label (the number judged in brackets when under 100).</summary>
    public static string Table(List<SetResult> sets)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| set | texts (names) | TOXICITY | IDENTITY_ATTACK | THREAT |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var s in sets)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Name} | {s.Count}{(s.Names > 0 ? $" ({s.Names})" : "")} | {s.Toxicity} | {s.IdentityAttack} | {s.Threat} |");
        }

        return sb.ToString();
    }
}
