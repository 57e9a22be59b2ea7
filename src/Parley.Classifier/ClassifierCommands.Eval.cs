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

        var load = Stopwatch.StartNew();
        var classifier = o.TryGetValue("--model", out var model)
            ? ToxicityClassifiers.LoadLexical(model)
            : ToxicityClassifiers.LoadDefault();
        classifier.Score("warm up");
        var loadMs = load.Elapsed.TotalMilliseconds;
        await stdout.WriteLineAsync($"evaluating {classifier.ModelVersion} on the held-out splits of {data}");
        var examples = DatasetLoader.LoadAll(data, stdout);
        var test = examples.Where(e => e.Split == Split.Test).ToList();
        ct.ThrowIfCancellationRequested();
        var report = Evaluator.Evaluate(classifier, test, data, stdout);
        report.ModelLoadMs = loadMs;
        report.TierComparison = CompareTiers(o, classifier, test, data, stdout);
        if (report.TierComparison is not null)
        {
            await stdout.WriteLineAsync(report.TierComparison);
        }

        await stdout.WriteLineAsync(ModelCard.Summary(report));
        if (!o.ContainsKey("--no-card"))
        {
            var card = o.GetValueOrDefault("--card", Path.Combine("docs", "model-card.md"));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(card))!);
            await File.WriteAllTextAsync(card, ModelCard.Render(report), ct);
            await stdout.WriteLineAsync($"wrote {card}");
        }

        return 0;
    }
}
