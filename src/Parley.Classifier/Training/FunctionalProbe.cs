using System.Globalization;
using System.Text;

namespace Parley.Classifier.Training;

/// <summary>
/// Our own HateCheck-style sentences (<c>bench/functional-probe/*.tsv</c>: case, 1 = toxic or 0 = not, target group,
/// text), scored at the default thresholds: a case is right when the label's score is on the expected side of 0.5.
/// TOXICITY is read on every text; IDENTITY_ATTACK only on texts that name a group (an insult to one person is
/// toxic but no identity attack).
/// A smoke test of generalisation to sentence shapes the datasets rarely hold, not a benchmark (see its README).
/// </summary>
public static class FunctionalProbe
{
    public sealed record CaseResult(string Case, bool Toxic, int Count, int ToxicityRight, int WithGroup, int IdentityAttackRight);

    public sealed record FileResult(string Name, List<CaseResult> Cases, List<string> Misses)
    {
        public int Count => Cases.Sum(c => c.Count);
        public double ToxicityAccuracy => (double)Cases.Sum(c => c.ToxicityRight) / Math.Max(1, Count);
        public double IdentityAttackAccuracy => (double)Cases.Sum(c => c.IdentityAttackRight) / Math.Max(1, Cases.Sum(c => c.WithGroup));
    }

    public static List<FileResult> Run(IToxicityClassifier classifier, string directory)
    {
        var results = new List<FileResult>();
        foreach (var path in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var cases = new Dictionary<string, CaseResult>(StringComparer.Ordinal);
            var order = new List<string>();
            var misses = new List<string>();
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
            {
                var cols = line.Split('\t');
                if (cols.Length != 4 || cols[1] is not ("0" or "1"))
                {
                    throw new FormatException($"{path}: expected 'case<TAB>0|1<TAB>group<TAB>text', got '{line}'");
                }

                var toxic = cols[1] == "1";
                var r = classifier.Score(cols[3]);
                var toxRight = r[ToxicityLabel.Toxicity] >= ToxicityClassifiers.DefaultThreshold(ToxicityLabel.Toxicity) == toxic;
                var idaRight = r[ToxicityLabel.IdentityAttack] >= ToxicityClassifiers.DefaultThreshold(ToxicityLabel.IdentityAttack) == toxic;
                if (!cases.TryGetValue(cols[0], out var c))
                {
                    order.Add(cols[0]);
                    c = new CaseResult(cols[0], toxic, 0, 0, 0, 0);
                }

                cases[cols[0]] = c with
                {
                    Count = c.Count + 1,
                    ToxicityRight = c.ToxicityRight + (toxRight ? 1 : 0),
                    WithGroup = c.WithGroup + (cols[2] != "-" ? 1 : 0),
                    IdentityAttackRight = c.IdentityAttackRight + (idaRight && cols[2] != "-" ? 1 : 0),
                };
                if (!toxRight)
                {
                    misses.Add(string.Create(CultureInfo.InvariantCulture, $"{cols[0]}: TOXICITY {r[ToxicityLabel.Toxicity]:F2} — {cols[3]}"));
                }
            }

            results.Add(new FileResult(Path.GetFileNameWithoutExtension(path), order.Select(k => cases[k]).ToList(), misses));
        }

        return results;
    }

    /// <summary>One markdown table: a row per case, a column pair per probe file.</summary>
    public static string Table(List<FileResult> files)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| case | expected | " + string.Join(" | ", files.Select(f => $"{f.Name}: n | {f.Name}: TOXICITY | {f.Name}: IDENTITY_ATTACK")) + " |");
        sb.AppendLine("|---|---|" + string.Concat(Enumerable.Repeat("---:|---:|---:|", files.Count)));
        var cases = files.SelectMany(f => f.Cases).Select(c => (c.Case, c.Toxic)).Distinct().ToList();
        foreach (var (name, toxic) in cases)
        {
            var cells = files.Select(f => f.Cases.FirstOrDefault(c => c.Case == name) is { } c
                ? $"{c.Count} | {Acc((double)c.ToxicityRight / c.Count)} | {(c.WithGroup == 0 ? "–" : Acc((double)c.IdentityAttackRight / c.WithGroup))}"
                : "– | – | –");
            sb.AppendLine($"| {name} | {(toxic ? "toxic" : "not toxic")} | {string.Join(" | ", cells)} |");
        }

        var totals = files.Select(f => $"**{f.Count}** | **{Acc(f.ToxicityAccuracy)}** | **{Acc(f.IdentityAttackAccuracy)}**");
        sb.AppendLine($"| **all** | | {string.Join(" | ", totals)} |");
        return sb.ToString();
    }

    private static string Acc(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
}
