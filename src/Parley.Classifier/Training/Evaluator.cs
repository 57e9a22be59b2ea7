using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Parley.Classifier.Training;

/// <summary>Quality of one label on one set of examples.</summary>
public sealed record LabelQuality(double Auc, int Positives, int Negatives, double Accuracy);

/// <summary>Bias AUCs of one identity term (Borkan et al. 2019 definitions).</summary>
public sealed record IdentityBias(string Term, int Count, double Subgroup, double Bpsn, double Bnsp);

/// <summary>A held-out split's pooled mean ROC-AUC over the six labels, with its 95 % bootstrap interval.</summary>
public sealed record HeldOutMean(string Split, int Texts, double Mean, double Low, double High, int[] Positives);

/// <summary>Everything the model card reports.</summary>
public sealed class EvaluationReport
{
    public required string ModelVersion { get; init; }
    public Dictionary<string, LabelQuality?[]> PerSource { get; } = new(StringComparer.Ordinal);
    public LabelQuality?[] Pooled { get; set; } = [];
    /// <summary>
    /// Per civil source: share flagged per label (among texts not positive for it), flagged by any label the
    /// text is not positive for, and flagged by any label at all (a civil comment that swears, flagged PROFANITY).
    /// </summary>
    public Dictionary<string, (int Count, double[] FprPerLabel, double FprAny, double FlaggedAny)> CivilFpr { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<IdentityBias>> Bias { get; } = new(StringComparer.Ordinal);

    /// <summary>Perspective's published per-identity AUCs: subgroup, BPSN, BNSP for TOXICITY@1 then @6.</summary>
    public Dictionary<string, double[]> Perspective { get; } = new(StringComparer.Ordinal);

    public int TestCount { get; set; }

    /// <summary>The mean AUC target read on each held-out split and on both together (filled by <c>parley eval</c>).</summary>
    public List<HeldOutMean> HeldOut { get; } = [];

    /// <summary>Our own functional probe (bench/functional-probe), when its folder was found.</summary>
    public List<FunctionalProbe.FileResult>? Probe { get; set; }

    /// <summary>The blind rounds' regression sets (<see cref="BlindRounds"/>).</summary>
    public List<BlindRounds.SetResult>? Blind { get; set; }

    /// <summary>Disguised-word robustness (<see cref="ObfuscationProbe"/>).</summary>
    public List<ObfuscationProbe.Row>? Obfuscation { get; set; }

    /// <summary>Markdown table comparing the tiers, when the semantic tier was evaluated.</summary>
    public string? TierComparison { get; set; }
    public double CommentsPerSecond { get; set; }
    public double P50Ms { get; set; }
    public double P99Ms { get; set; }
    public double RssMb { get; set; }
    public double ModelLoadMs { get; set; }
}

/// <summary>Scores held-out examples and the bias templates with any <see cref="IToxicityClassifier"/>.</summary>
public static partial class Evaluator
{
    /// <param name="scores">The classifier's scores of <paramref name="test"/>, in its order, when the caller has them already.</param>
    public static EvaluationReport Evaluate(IToxicityClassifier classifier, IReadOnlyList<Example> test,
        string datasetsRoot, TextWriter log, float[][]? scores = null)
    {
        if (scores is not null && scores.Length != test.Count)
        {
            throw new ArgumentException("One score array per test example is required.", nameof(scores));
        }

        var report = new EvaluationReport { ModelVersion = classifier.ModelVersion, TestCount = test.Count };
        scores ??= test.Select(e => classifier.Score(e.Text).Scores.ToArray()).ToArray();
        foreach (var source in test.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var idx = Enumerable.Range(0, test.Count).Where(i => test[i].Source == source).ToArray();
            report.PerSource[source] = Quality(test, scores, idx);
        }

        report.Pooled = Quality(test, scores, Enumerable.Range(0, test.Count).ToArray());
        foreach (var source in test.Where(e => e.Civil).Select(e => e.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var idx = Enumerable.Range(0, test.Count).Where(i => test[i].Civil && test[i].Source == source).ToArray();
            bool Flagged(int i, ToxicityLabel l) => scores[i][(int)l] >= ToxicityClassifiers.DefaultThreshold(l);
            bool Negative(int i, ToxicityLabel l) => !(test[i].Labels[(int)l] > 0.5f);
            var perLabel = ToxicityLabels.All.Select(l => idx.Where(i => Negative(i, l)).DefaultIfEmpty(-1)
                .Average(i => i >= 0 && Flagged(i, l) ? 1.0 : 0.0)).ToArray();
            var any = idx.Average(i => ToxicityLabels.All.Any(l => Negative(i, l) && Flagged(i, l)) ? 1.0 : 0.0);
            var flaggedAny = idx.Average(i => ToxicityLabels.All.Any(l => Flagged(i, l)) ? 1.0 : 0.0);
            report.CivilFpr[source] = (idx.Length, perLabel, any, flaggedAny);
        }

        log.WriteLine("  scoring bias templates");
        var templates = Path.Combine(datasetsRoot, "jigsaw-bias-templates");
        // Only neutral identity terms: the list also holds slurs, for which "toxic" is the right answer.
        var terms = Csv.Read(Path.Combine(templates, "madlibs_words.csv"))
            .Where(r => r["type"] == "identity" && r["connotation"] == "neutral")
            .Select(r => r["word"].Trim().ToLowerInvariant()).Distinct().ToList();
        foreach (var file in new[] { "intersectional_madlibs.csv", "en_sentence_templates.csv" })
        {
            var rows = Csv.Read(Path.Combine(templates, file))
                .Select(r => (Text: r["phrase"], Toxic: r["toxicity"] == "toxic")).ToList();
            var tox = rows.Select(r => classifier.Score(r.Text)[ToxicityLabel.Toxicity]).ToArray();
            report.Bias[file] = BiasMetrics(rows.Select(r => r.Text).ToList(), rows.Select(r => r.Toxic).ToArray(), tox, terms);
        }

        foreach (var r in Csv.Read(Path.Combine(templates, "perspective_unitary_results.csv")))
        {
            double D(string k) => double.Parse(r[k], System.Globalization.CultureInfo.InvariantCulture);
            report.Perspective[r["subgroup"]] = [D("TOXICITY@1_subgroup_auc"), D("TOXICITY@1_bpsn_auc"),
                D("TOXICITY@1_bnsp_auc"), D("TOXICITY@6_subgroup_auc"), D("TOXICITY@6_bpsn_auc"), D("TOXICITY@6_bnsp_auc")];
        }

        MeasureSpeed(classifier, test, report);
        return report;
    }

    /// <summary>
    /// The pooled mean AUC of the rows of <paramref name="examples"/> that <paramref name="keep"/> selects, with its
    /// bootstrap interval (<see cref="Metrics.MeanAucInterval"/>); <paramref name="scores"/> are the examples' scores.
    /// </summary>
    public static HeldOutMean HeldOut(string split, IReadOnlyList<Example> examples, float[][] scores, Func<Example, bool> keep)
    {
        var rows = Enumerable.Range(0, examples.Count).Where(i => keep(examples[i])).ToList();
        var (mean, low, high) = Metrics.MeanAucInterval(rows.Select(i => examples[i].Labels).ToList(), rows.Select(i => scores[i]).ToList());
        var positives = ToxicityLabels.All.Select(l => rows.Count(i => examples[i].Labels[(int)l] > 0.5f)).ToArray();
        return new HeldOutMean(split, rows.Count, mean, low, high, positives);
    }

    private static LabelQuality?[] Quality(IReadOnlyList<Example> test, float[][] scores, int[] idx) =>
        ToxicityLabels.All.Select(l =>
        {
            var known = idx.Where(i => !float.IsNaN(test[i].Labels[(int)l]))
                .Select(i => (Score: scores[i][(int)l], Positive: test[i].Labels[(int)l] > 0.5f)).ToList();
            var pos = known.Count(k => k.Positive);
            if (pos == 0 || pos == known.Count)
            {
                return null;
            }

            var acc = known.Average(k => (k.Score >= ToxicityClassifiers.DefaultThreshold(l)) == k.Positive ? 1.0 : 0.0);
            return new LabelQuality(Metrics.RocAuc(known), pos, known.Count - pos, acc);
        }).ToArray();

    internal static List<IdentityBias> BiasMetrics(IReadOnlyList<string> texts, bool[] toxic, float[] score, List<string> terms)
    {
        var result = new List<IdentityBias>();
        var tokens = texts.Select(t => new HashSet<string>(WordRegex().Matches(t.ToLowerInvariant()).Select(m => m.Value))).ToArray();
        foreach (var term in terms)
        {
            var termWords = WordRegex().Matches(term).Select(m => m.Value).ToArray();
            var inGroup = tokens.Select(t => termWords.All(t.Contains)).ToArray();
            var n = inGroup.Count(x => x);
            if (n == 0)
            {
                continue;
            }

            List<(float, bool)> Pick(Func<int, bool> keep) =>
                Enumerable.Range(0, texts.Count).Where(keep).Select(i => (score[i], toxic[i])).ToList();
            var subgroup = Metrics.RocAuc(Pick(i => inGroup[i]));
            var bpsn = Metrics.RocAuc(Pick(i => (inGroup[i] && !toxic[i]) || (!inGroup[i] && toxic[i])));
            var bnsp = Metrics.RocAuc(Pick(i => (inGroup[i] && toxic[i]) || (!inGroup[i] && !toxic[i])));
            result.Add(new IdentityBias(term, n, subgroup, bpsn, bnsp));
        }

        return result;
    }

    /// <summary>One thread, one comment at a time (the server's hot path); RSS of this process after loading.</summary>
    private static void MeasureSpeed(IToxicityClassifier classifier, IReadOnlyList<Example> test, EvaluationReport report)
    {
        var texts = test.Select(e => e.Text).Take(5000).ToArray();
        foreach (var t in texts.Take(500))
        {
            classifier.Score(t);
        }

        var lat = new double[texts.Length];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < texts.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            classifier.Score(texts[i]);
            lat[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        report.CommentsPerSecond = texts.Length / total.Elapsed.TotalSeconds;
        Array.Sort(lat);
        report.P50Ms = lat[lat.Length / 2];
        report.P99Ms = lat[(int)(lat.Length * 0.99)];
        using var p = Process.GetCurrentProcess();
        report.RssMb = p.WorkingSet64 / 1048576.0;
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordRegex();
}
