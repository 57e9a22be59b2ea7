using System.Diagnostics;
using Parley.Classifier.Training;

namespace Parley.Classifier;

public static partial class ClassifierCommands
{
    private static async Task<int> EvalAsync(Dictionary<string, string> o, TextWriter stdout, TextWriter stderr,
        CancellationToken ct)
    {
        if (!o.TryGetValue("--data", out var data))
        {
            return await UsageError(stderr, "eval needs --data");
        }

        // --split validation measures the split that training tunes on, for choosing between training variants
        // without reading the test split; it never writes the card, whose figures are the test split's.
        var split = o.GetValueOrDefault("--split", "test") switch
        {
            "test" => Split.Test,
            "validation" => Split.Validation,
            _ => (Split?)null,
        };
        if (split is null)
        {
            return await UsageError(stderr, "eval: --split is test or validation");
        }

        // Checked before the datasets load (a minute): a dump into a folder that does not exist fails fast.
        if (o.TryGetValue("--dump", out var dumpTo) && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(dumpTo))))
        {
            return await UsageError(stderr, $"eval: --dump folder of '{dumpTo}' not found");
        }

        var probe = o.GetValueOrDefault("--probe", Path.Combine("bench", "functional-probe"));
        if (o.ContainsKey("--probe") && !Directory.Exists(probe))
        {
            return await UsageError(stderr, $"eval: --probe folder '{probe}' not found");
        }

        var load = Stopwatch.StartNew();
        var classifier = o.TryGetValue("--model", out var model)
            ? ToxicityClassifiers.LoadLexical(model)
            : ToxicityClassifiers.LoadDefault();
        classifier.Score("warm up");
        var loadMs = load.Elapsed.TotalMilliseconds;
        await stdout.WriteLineAsync($"evaluating {classifier.ModelVersion} on the held-out splits of {data}");
        var examples = DatasetLoader.LoadAll(data, stdout);
        var test = examples.Where(e => e.Split == split).ToList();
        ct.ThrowIfCancellationRequested();
        // The target reads "on your held-out splits": the card's tables are the test split's, but the validation
        // split (which training tunes on) and both together are reported beside it, each with a bootstrap interval.
        // A validation run scores the validation split only (it must not read the test split). Each text is scored
        // once: the evaluated split's scores are handed to the evaluator.
        var heldOut = examples.Where(e => split == Split.Test ? e.Split != Split.Train : e.Split == Split.Validation).ToList();
        var heldScores = heldOut.Select(e => classifier.Score(e.Text).Scores.ToArray()).ToArray();
        if (dumpTo is not null)
        {
            await DumpScoresAsync(dumpTo, heldOut, heldScores, classifier as Lexical.LexicalClassifier, ct);
        }

        var testScores = heldOut.Zip(heldScores).Where(p => p.First.Split == split).Select(p => p.Second).ToArray();
        var report = Evaluator.Evaluate(classifier, test, data, stdout, testScores);
        report.ModelLoadMs = loadMs;
        report.HeldOut.Add(Evaluator.HeldOut("validation split", heldOut, heldScores, e => e.Split == Split.Validation));
        if (split == Split.Test)
        {
            report.HeldOut.Add(Evaluator.HeldOut("test split", heldOut, heldScores, e => e.Split == Split.Test));
            report.HeldOut.Add(Evaluator.HeldOut("both held-out splits together", heldOut, heldScores, _ => true));
        }

        if (Directory.Exists(probe))
        {
            report.Probe = FunctionalProbe.Run(classifier, probe);
            foreach (var file in report.Probe)
            {
                await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"functional probe {file.Name}: {file.Count} texts, TOXICITY accuracy {file.ToxicityAccuracy:F3}, IDENTITY_ATTACK {file.IdentityAttackAccuracy:F3}; misses:"));
                foreach (var miss in file.Misses)
                {
                    await stdout.WriteLineAsync("  " + miss);
                }
            }
        }

        var blind = o.GetValueOrDefault("--blind", Path.Combine("bench", "blind-rounds"));
        if (o.ContainsKey("--blind") && !Directory.Exists(blind))
        {
            return await UsageError(stderr, $"eval: --blind folder '{blind}' not found");
        }

        if (Directory.Exists(blind))
        {
            report.Blind = BlindRounds.Run(classifier, blind);
            await stdout.WriteLineAsync("blind rounds (TOXICITY / IDENTITY_ATTACK / THREAT accuracy):");
            await stdout.WriteLineAsync(BlindRounds.Table(report.Blind));
            if (o.ContainsKey("--misses"))
            {
                foreach (var miss in report.Blind.SelectMany(s => s.Misses.Select(m => $"  {s.Name} {m}")))
                {
                    await stdout.WriteLineAsync(miss);
                }
            }
        }

        report.Obfuscation = ObfuscationProbe.Run(classifier, test);
        await stdout.WriteLineAsync("obfuscation probe (one word disguised):");
        await stdout.WriteLineAsync(ObfuscationProbe.Table(report.Obfuscation));
        foreach (var row in report.Obfuscation.Where(r => r.Misses.Count > 0))
        {
            await stdout.WriteLineAsync($"  {row.Name}, flag changed (toxic lost it, or civil gained it): {string.Join(", ", row.Misses)}");
        }

        report.TierComparison = CompareTiers(o, classifier, test, data, report.Blind, stdout);
        if (report.TierComparison is not null)
        {
            await stdout.WriteLineAsync(report.TierComparison);
        }

        await stdout.WriteLineAsync(ModelCard.Summary(report));
        if (!o.ContainsKey("--no-card") && split == Split.Test)
        {
            var card = o.GetValueOrDefault("--card", Path.Combine("docs", "model-card.md"));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(card))!);
            await File.WriteAllTextAsync(card, ModelCard.Render(report), ct);
            await stdout.WriteLineAsync($"wrote {card}");
        }

        return 0;
    }

    // --dump writes each held-out text's labels, scores and raw head logits (before the gate and the rules) as JSON
    // lines, for studying how the labels rank outside the card's fixed tables (for example, which source pairs lose
    // the pooled AUC, or how a score combined from several heads would rank). It holds dataset text: write it outside
    // the repository.
    private static async Task DumpScoresAsync(string path, List<Example> heldOut, float[][] scores,
        Lexical.LexicalClassifier? lexical, CancellationToken ct)
    {
        await using var w = new StreamWriter(path);
        for (var i = 0; i < heldOut.Count; i++)
        {
            var e = heldOut[i];
            var line = System.Text.Json.JsonSerializer.Serialize(new
            {
                source = e.Source,
                split = e.Split.ToString(),
                civil = e.Civil,
                labels = e.Labels.Select(v => float.IsNaN(v) ? (float?)null : v).ToArray(),
                scores = scores[i],
                heads = lexical?.HeadLogits(e.Text),
                text = e.Text,
            });
            await w.WriteLineAsync(line.AsMemory(), ct);
        }
    }
}
