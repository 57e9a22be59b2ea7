using System.Diagnostics;
using Parley.Classifier.Training;

namespace Parley.Classifier;

public static partial class ClassifierCommands
{
    /// <summary>`parley train --tier clusters`: the word-cluster table the lexical model's cluster features read.</summary>
    private static async Task<int> TrainClustersAsync(Dictionary<string, string> o, TextWriter stdout, TextWriter stderr)
    {
        if (!o.TryGetValue("--data", out var data) || !o.TryGetValue("--out", out var output))
        {
            return await UsageError(stderr, "train needs --data and --out");
        }

        var k = int.Parse(o.GetValueOrDefault("--clusters", "512"), System.Globalization.CultureInfo.InvariantCulture);
        var minCount = int.Parse(o.GetValueOrDefault("--min-count", "5"), System.Globalization.CultureInfo.InvariantCulture);
        var maxWords = int.Parse(o.GetValueOrDefault("--max-words", "20000"), System.Globalization.CultureInfo.InvariantCulture);
        var sw = Stopwatch.StartNew();
        var train = DatasetLoader.LoadAll(data, stdout).Where(e => e.Split == Split.Train).ToList();
        var rows = WordClusterBuilder.Build(train, minCount, maxWords, k, iterations: 30, o.GetValueOrDefault("--attack-only") == "yes", stdout);
        await File.WriteAllLinesAsync(output,
            [$"# parley train --tier clusters --clusters {k} --min-count {minCount} --max-words {maxWords}: word, cluster", .. rows.Select(r => $"{r.Word}\t{r.Cluster}")]);
        await stdout.WriteLineAsync($"wrote {rows.Count} words in {k} clusters to {output} ({sw.Elapsed.TotalSeconds:F0} s)");
        return 0;
    }
}
