using System.Globalization;
using System.Text;

namespace Parley.Classifier.Training;

/// <summary>Renders the evaluation as text: a console summary and the docs/model-card.md body.</summary>
public static partial class ModelCard
{
    private static string F(double v) => double.IsNaN(v) ? "–" : v.ToString("F3", CultureInfo.InvariantCulture);

    private static string Pct(double v) => (v * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";

    public static string Summary(EvaluationReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(AucTable(r));
        sb.AppendLine(CivilTable(r));
        foreach (var (file, bias) in r.Bias)
        {
            var min = bias.Where(b => !double.IsNaN(b.Bpsn)).MinBy(b => b.Bpsn);
            sb.AppendLine($"{file}: BPSN min {F(min?.Bpsn ?? double.NaN)} ({min?.Term}), median {F(Median(bias.Select(b => b.Bpsn)))}; " +
                $"subgroup min {F(bias.Min(b => b.Subgroup))}; BNSP min {F(bias.Min(b => b.Bnsp))}");
        }

        foreach (var h in r.HeldOut)
        {
            sb.AppendLine(HeldOutLine(h));
        }

        sb.AppendLine(SpeedLine(r));
        return sb.ToString();
    }

    private static string HeldOutLine(HeldOutMean h) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{h.Split} ({h.Texts} texts): pooled mean ROC-AUC over the six labels {h.Mean:F4}, 95 % bootstrap interval {h.Low:F4}–{h.High:F4}");

    private static string SpeedLine(EvaluationReport r) =>
        string.Create(CultureInfo.InvariantCulture,
            $"speed (1 thread, one at a time): {r.CommentsPerSecond:F0} comments/s, p50 {r.P50Ms:F3} ms, p99 {r.P99Ms:F3} ms; model load {r.ModelLoadMs:F0} ms; process RSS {r.RssMb:F0} MB");

    internal static double Median(IEnumerable<double> values)
    {
        var v = values.Where(x => !double.IsNaN(x)).Order().ToArray();
        return v.Length == 0 ? double.NaN : v[v.Length / 2];
    }

    internal static string AucTable(EvaluationReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| source | " + string.Join(" | ", ToxicityLabels.All.Select(l => l.ApiName())) + " | mean |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", ToxicityLabels.Count + 1)));
        foreach (var (source, q) in r.PerSource.Append(new("**pooled**", r.Pooled)))
        {
            var cells = q.Select(x => x is null ? "–" : $"{F(x.Auc)} ({x.Positives}/{x.Negatives})");
            var mean = q.Where(x => x is not null).Select(x => x!.Auc).DefaultIfEmpty(double.NaN).Average();
            sb.AppendLine($"| {source} | {string.Join(" | ", cells)} | {F(mean)} |");
        }

        return sb.ToString();
    }

    internal static string CivilTable(EvaluationReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| civil set | texts | " + string.Join(" | ", ToxicityLabels.All.Select(l => l.ApiName())) + " | any label (false positives) | any label, incl. correct PROFANITY |");
        sb.AppendLine("|---|---:|" + string.Concat(Enumerable.Repeat("---:|", ToxicityLabels.Count + 2)));
        foreach (var (source, (count, perLabel, any, flaggedAny)) in r.CivilFpr)
        {
            sb.AppendLine($"| {source} | {count} | {string.Join(" | ", perLabel.Select(Pct))} | {Pct(any)} | {Pct(flaggedAny)} |");
        }

        return sb.ToString();
    }
}
