using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parley.Classifier.Lexical;
using Parley.Classifier.Semantic;

namespace Parley.Classifier.Training;

/// <summary>Lexical vs semantic vs combined on the same held-out sample, for choosing the default tier.</summary>
internal static class TierComparison
{
    private sealed record TierScores(string Name, float[][] Test, float[] Templates, double PerSecond, double SemanticShare);

    public static string Run(LexicalClassifier lexical, SemanticClassifier semantic, IReadOnlyList<Example> allTest,
        string datasetsRoot, EmbeddingCache cache, TextWriter log)
    {
        var test = SemanticTraining.Sample(allTest, SemanticTraining.TestPerSource, seed: 7);
        var rows = Csv.Read(Path.Combine(datasetsRoot, "jigsaw-bias-templates", "intersectional_madlibs.csv")).ToList();
        var templates = rows.Where((_, i) => i % 20 == 0).Select(r => (Text: r["phrase"], Toxic: r["toxicity"] == "toxic")).ToList();
        log.WriteLine($"  tier comparison: embedding {test.Count} held-out texts and {templates.Count} templates");
        var embTest = SemanticTraining.Embed(semantic.Embedder, test.Select(e => e.Text).ToList(), cache, log);
        var embTpl = SemanticTraining.Embed(semantic.Embedder, templates.Select(t => t.Text).ToList(), cache, log);
        float[] Lex(string t) => [.. lexical.Score(t).Scores];
        float[] Sem(float[] e)
        {
            var p = new float[ToxicityLabels.Count];
            semantic.Heads.Probabilities(e, p);
            return p;
        }

        var lexTest = test.Select(e => Lex(e.Text)).ToArray();
        var semTest = embTest.Select(Sem).ToArray();
        var lexTpl = templates.Select(t => Lex(t.Text)).ToArray();
        var semTpl = embTpl.Select(Sem).ToArray();
        var combined = new CombinedClassifier(lexical, semantic);
        var embedded = lexTest.Count(p => CombinedClassifier.Embeds(p)) / (double)test.Count;
        var tiers = new List<TierScores>
        {
            new("lexical", lexTest, [.. lexTpl.Select(p => p[0])], Speed(lexical, test), 0),
            new("semantic", semTest, [.. semTpl.Select(p => p[0])], Speed(semantic, test), 1),
            new("combined (mean of both, always)", Mean(lexTest, semTest), [.. Mean(lexTpl, semTpl).Select(p => p[0])], double.NaN, 1),
            new("combined (higher of both, always)", Max(lexTest, semTest), [.. Max(lexTpl, semTpl).Select(p => p[0])], double.NaN, 1),
            new("combined (calibrated sum, every comment above the floor; shipped)", Combined(lexical, test.Select(e => e.Text), embTest, semantic.Heads),
                [.. Combined(lexical, templates.Select(t => t.Text), embTpl, semantic.Heads).Select(p => p[0])], Speed(combined, test), embedded),
        };

        var sources = test.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.AppendLine($"Same deterministic sample for every tier: up to {SemanticTraining.TestPerSource} held-out texts per source ({test.Count} in all; rare-label positives first) and every 20th intersectional template ({templates.Count}). Cells: mean ROC-AUC over the labels the source speaks to.");
        sb.AppendLine();
        sb.AppendLine("| tier | " + string.Join(" | ", sources) + " | macro mean | TOXICITY civil FPR | any-label civil FPR | BPSN min | comments/s (1 thread) | texts embedded |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", sources.Count + 6)));
        foreach (var tier in tiers)
        {
            var perSource = sources.Select(s => MeanAuc(test, tier.Test, s)).ToList();
            var civil = Enumerable.Range(0, test.Count).Where(i => test[i].Civil).ToList();
            var fprTox = civil.Average(i => tier.Test[i][0] >= 0.5f ? 1.0 : 0.0);
            var fprAny = civil.Average(i => tier.Test[i].Any(s => s >= 0.5f) ? 1.0 : 0.0);
            var bias = Evaluator.BiasMetrics(templates.Select(t => t.Text).ToList(), [.. templates.Select(t => t.Toxic)], tier.Templates, NeutralTerms(datasetsRoot));
            var bpsn = bias.Where(b => !double.IsNaN(b.Bpsn)).Min(b => b.Bpsn);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {tier.Name} | {string.Join(" | ", perSource.Select(a => a.ToString("F3", CultureInfo.InvariantCulture)))} | {perSource.Average():F3} | {fprTox * 100:F2} % | {fprAny * 100:F2} % | {bpsn:F3} | {(double.IsNaN(tier.PerSecond) ? "–" : tier.PerSecond.ToString("F0", CultureInfo.InvariantCulture))} | {tier.SemanticShare * 100:F0} % |"));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The combined tier against the lexical tier on the whole held-out split (per-source and pooled ROC-AUC, civil
    /// false positives) and on our comment sets, for the card's "Combined tier in full" section.
    /// </summary>
    public static string WholeSplit(LexicalClassifier lexical, SemanticClassifier semantic, IReadOnlyList<Example> test,
        string blind, List<BlindRounds.SetResult>? lexicalSets, EmbeddingCache cache, TextWriter log)
    {
        log.WriteLine($"  combined tier: embedding the {test.Count} held-out texts");
        var lex = test.Select(e => lexical.Score(e.Text).Scores.ToArray()).ToArray();
        var emb = SemanticTraining.Embed(semantic.Embedder, test.Select(e => e.Text).ToList(), cache, log);
        var comb = Combined(lexical, test.Select(e => e.Text), emb, semantic.Heads);
        var sources = test.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine($"The whole held-out split ({test.Count} texts). Cells: lexical → combined ROC-AUC (mean over the labels the source speaks to; pooled: per label).");
        sb.AppendLine();
        sb.AppendLine("| source | lexical | combined |");
        sb.AppendLine("|---|---:|---:|");
        foreach (var source in sources)
        {
            sb.AppendLine(string.Create(inv, $"| {source} | {MeanAuc(test, lex, source):F3} | {MeanAuc(test, comb, source):F3} |"));
        }

        var pooled = Enumerable.Range(0, ToxicityLabels.Count).Select(l => (Lex: Auc(test, lex, l), Comb: Auc(test, comb, l))).ToList();
        for (var l = 0; l < pooled.Count; l++)
        {
            sb.AppendLine(string.Create(inv, $"| pooled {ToxicityLabels.All[l].ApiName()} | {pooled[l].Lex:F3} | {pooled[l].Comb:F3} |"));
        }

        sb.AppendLine(string.Create(inv, $"| **pooled mean over the six labels** | {pooled.Average(p => p.Lex):F4} | {pooled.Average(p => p.Comb):F4} |"));
        sb.AppendLine();
        sb.AppendLine("Civil texts flagged at the default thresholds (TOXICITY; any label the text is not positive for), lexical → combined:");
        sb.AppendLine();
        foreach (var source in test.Where(e => e.Civil).Select(e => e.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var civil = Enumerable.Range(0, test.Count).Where(i => test[i].Civil && test[i].Source == source).ToList();
            double Rate(float[][] s, bool any) => civil.Average(i => Enumerable.Range(0, ToxicityLabels.Count)
                .Any(l => (any || l == 0) && s[i][l] >= 0.5f && !(test[i].Labels[l] > 0.5f)) ? 100.0 : 0.0);
            sb.AppendLine(string.Create(inv, $"- {source} ({civil.Count}): TOXICITY {Rate(lex, false):F2} % → {Rate(comb, false):F2} %, any label {Rate(lex, true):F2} % → {Rate(comb, true):F2} %"));
        }

        // The lexical tier's results are the eval's own blind-round run (null when the folder is absent).
        if (lexicalSets is { } lexSets)
        {
            log.WriteLine("  combined tier: scoring the comment sets");
            var combSets = BlindRounds.Run(new CombinedClassifier(lexical, semantic), blind);
            var calibration = BlindRounds.TrainingSets(blind, BlindRounds.CalibrationList);
            var semanticTrained = BlindRounds.TrainingSets(blind, BlindRounds.SemanticTrainingList);
            sb.AppendLine();
            sb.AppendLine("Our comment sets (accuracy at the default thresholds, lexical → combined; display names are scored as names, which the combined tier leaves to the lexical tier). ‡ the semantic heads train on the set; § the combination's offsets are calibrated on it; neither: a fresh measure.");
            sb.AppendLine();
            sb.AppendLine("| set | TOXICITY | IDENTITY_ATTACK | THREAT |");
            sb.AppendLine("|---|---:|---:|---:|");
            foreach (var (l, cmb) in lexSets.Zip(combSets))
            {
                var mark = semanticTrained.Contains(l.Name) ? " ‡" : calibration.Contains(l.Name) ? " §" : "";
                sb.AppendLine($"| {l.Name}{mark} | {l.Toxicity} → {cmb.Toxicity} | {l.IdentityAttack} → {cmb.IdentityAttack} | {l.Threat} → {cmb.Threat} |");
            }
        }

        return sb.ToString();
    }

    private static double Auc(IReadOnlyList<Example> test, float[][] scores, int label) =>
        Metrics.RocAuc(Enumerable.Range(0, test.Count).Where(i => !float.IsNaN(test[i].Labels[label]))
            .Select(i => (scores[i][label], test[i].Labels[label] > 0.5f)).ToList());

    private static List<string> NeutralTerms(string root) =>
        Csv.Read(Path.Combine(root, "jigsaw-bias-templates", "madlibs_words.csv"))
            .Where(r => r["type"] == "identity" && r["connotation"] == "neutral")
            .Select(r => r["word"].Trim().ToLowerInvariant()).Distinct().ToList();

    private static float[][] Mean(float[][] lex, float[][] sem) =>
        lex.Select((p, i) => p.Select((s, l) => (s + sem[i][l]) / 2).ToArray()).ToArray();

    /// <summary>The shipped combination (<see cref="CombinedClassifier.Combine"/>), from the texts and their embeddings.</summary>
    internal static float[][] Combined(LexicalClassifier lexical, IEnumerable<string> texts, float[][] emb, SemanticHeads heads) =>
        texts.Select(lexical.ScoresForCombining).Select((p, i) =>
        {
            var logits = new float[ToxicityLabels.Count];
            heads.Logits(emb[i], logits);
            var into = new float[ToxicityLabels.Count];
            CombinedClassifier.Combine(p, logits, heads.Combine, into);
            return into;
        }).ToArray();

    private static float[][] Max(float[][] lex, float[][] sem) =>
        lex.Select((p, i) => p.Select((s, l) => Math.Max(s, sem[i][l])).ToArray()).ToArray();

    private static double MeanAuc(IReadOnlyList<Example> test, float[][] scores, string source)
    {
        var aucs = new List<double>();
        for (var l = 0; l < ToxicityLabels.Count; l++)
        {
            var items = Enumerable.Range(0, test.Count)
                .Where(i => test[i].Source == source && !float.IsNaN(test[i].Labels[l]))
                .Select(i => (scores[i][l], test[i].Labels[l] > 0.5f)).ToList();
            var auc = Metrics.RocAuc(items);
            if (!double.IsNaN(auc))
            {
                aucs.Add(auc);
            }
        }

        return aucs.Count == 0 ? double.NaN : aucs.Average();
    }

    /// <summary>One thread, one text at a time, real classifier calls (no embedding cache).</summary>
    private static double Speed(IToxicityClassifier classifier, IReadOnlyList<Example> test)
    {
        var texts = test.Select(e => e.Text).Take(300).ToList();
        classifier.Score(texts[0]);
        var sw = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            classifier.Score(t);
        }

        return texts.Count / sw.Elapsed.TotalSeconds;
    }
}
