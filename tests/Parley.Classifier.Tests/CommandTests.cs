using System.Text.Json;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

public class CommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(string command, string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ClassifierCommands.RunAsync(command, args, new StringReader(stdin), stdout, stderr,
            TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Score_writes_one_json_line_per_input_with_all_labels_and_spans()
    {
        var (code, output, _) = await Run("score", [], "{\"text\": \"you are a m0r0n\"}\n{\"text\": \"nice photo\"}\n");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        var scores = doc.RootElement.GetProperty("scores");
        foreach (var label in ToxicityLabels.All)
        {
            Assert.InRange(scores.GetProperty(label.ApiName()).GetDouble(), 0, 1);
        }

        Assert.True(scores.GetProperty("TOXICITY").GetDouble() >= 0.5);
        var spans = doc.RootElement.GetProperty("spans").GetProperty("INSULT").EnumerateArray()
            .Select(s => "you are a m0r0n"[s.GetProperty("begin").GetInt32()..s.GetProperty("end").GetInt32()]);
        Assert.Contains(spans, s => s.EndsWith("m0r0n", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("modelVersion").GetString()));
    }

    [Fact]
    public async Task Score_as_name_uses_display_name_rules()
    {
        var (code, output, _) = await Run("score", ["--as-name"], "{\"text\": \"KillAllMuslims\"}\n");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("scores").GetProperty("IDENTITY_ATTACK").GetDouble() >= 0.5);
    }

    [Theory]
    [InlineData("train", new[] { "--data" })]
    [InlineData("train", new[] { "--data", "x" })]
    [InlineData("train", new[] { "--data", "x", "--out", "y", "--comments", "no-such-folder" })]
    [InlineData("train", new[] { "--data", "x", "--out", "y", "--comments", "none", "--seed", "two" })]
    [InlineData("train", new[] { "--data", "x", "--out", "y", "--comments", "none", "--distill", "1.5" })]
    [InlineData("train", new[] { "--data", "x", "--out", "y", "--comments", "none", "--distill", "0.5", "--distill-labels", "threat" })]
    [InlineData("train", new[] { "--data", "x", "--out", "y", "--comments", "none", "--span-sentences", "0" })]
    [InlineData("train", new[] { "--data", "x", "--out", "y", "--comments", "none", "--span-sentences", "heavy" })]
    [InlineData("eval", new string[0])]
    [InlineData("eval", new[] { "--data", "x", "--dump", "/no-such-folder/scores.jsonl" })]
    [InlineData("score", new[] { "positional" })]
    public async Task Bad_arguments_return_2_with_usage(string command, string[] args)
    {
        var (code, _, err) = await Run(command, args);
        Assert.Equal(2, code);
        Assert.Contains("usage", err);
    }

    [Fact]
    public async Task Train_reports_a_bad_comment_set_list_without_a_stack_trace()
    {
        var dir = Directory.CreateTempSubdirectory("parley-comments-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(dir, BlindRounds.TrainingList), ["../elsewhere/round.jsonl"]);
            var (code, _, err) = await Run("train", ["--data", "no-such-data", "--out", "x", "--comments", dir]);
            Assert.Equal(1, code);
            Assert.StartsWith("error:", err, StringComparison.Ordinal);
            Assert.Contains("../elsewhere/round.jsonl", err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Score_rejects_lines_without_text()
    {
        var (code, _, err) = await Run("score", [], "{\"body\": 1}\n");
        Assert.Equal(2, code);
        Assert.Contains("text", err);
    }

    [Fact]
    public void Auc_matches_hand_computation()
    {
        Assert.Equal(1.0, Metrics.RocAuc([(0.9f, true), (0.1f, false)]));
        Assert.Equal(0.5, Metrics.RocAuc([(0.5f, true), (0.5f, false)]));
        Assert.Equal(0.75, Metrics.RocAuc([(0.8f, true), (0.4f, true), (0.6f, false), (0.2f, false)]));
    }

    [Fact]
    public void Mean_auc_interval_averages_the_labels_and_brackets_it()
    {
        // Two labels: the first ranks 3 of 4 pairs right (0.75), the second is unknown on the last text and perfect
        // elsewhere (1.0); the mean is 0.875 and the bootstrap must bracket it and stay within [0, 1].
        float[][] labels = [[1, 1], [1, 0], [0, 0], [0, float.NaN]];
        // The unknown label's text scores highest: counted as a negative, it would halve the second label's AUC.
        float[][] scores = [[0.8f, 0.9f], [0.4f, 0.1f], [0.6f, 0.2f], [0.2f, 0.95f]];
        var (mean, low, high) = Metrics.MeanAucInterval(labels, scores);
        Assert.Equal(0.875, mean, 9);
        Assert.InRange(low, 0, mean);
        Assert.InRange(high, mean, 1);
        Assert.True(low < high, "four texts resampled must give some spread");
        Assert.Equal((mean, low, high), Metrics.MeanAucInterval(labels, scores));

        // Many texts of a weak but real signal: the interval narrows around the estimate and excludes chance.
        var rng = new Random(7);
        var many = Enumerable.Range(0, 4000).Select(_ => rng.NextDouble() < 0.3).ToArray();
        var manyLabels = many.Select(p => new[] { p ? 1f : 0f }).ToList();
        var manyScores = many.Select(p => new[] { (float)(rng.NextDouble() + (p ? 0.3 : 0)) }).ToList();
        var (m, lo, hi) = Metrics.MeanAucInterval(manyLabels, manyScores);
        Assert.InRange(m, lo, hi);
        Assert.True(lo > 0.6 && hi - lo < 0.05, $"interval {lo}–{hi} around {m}");
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.MeanAucInterval(labels, scores.Take(3).ToList()));

        // The 95 % interval is narrower than the 99 % one and inside the draws' range.
        var (_, lo99, hi99) = Metrics.MeanAucInterval(manyLabels, manyScores, level: 0.99);
        Assert.True(lo99 < lo && hi < hi99, $"95 % {lo}–{hi} against 99 % {lo99}–{hi99}");
    }

    [Fact]
    public void Card_names_a_held_out_split_below_the_target_or_straddling_it()
    {
        var report = new EvaluationReport { ModelVersion = "t" };
        report.HeldOut.Add(new HeldOutMean("validation split", 10, 0.9435, 0.930, 0.957, [1, 1, 1, 1, 1, 1]));
        report.HeldOut.Add(new HeldOutMean("test split", 10, 0.9594, 0.953, 0.965, [1, 1, 1, 1, 1, 1]));
        report.HeldOut.Add(new HeldOutMean("both", 10, 0.9529, 0.946, 0.960, [1, 1, 1, 1, 1, 1]));
        report.HeldOut.Add(new HeldOutMean("empty", 0, double.NaN, double.NaN, double.NaN, [0, 0, 0, 0, 0, 0]));
        var cell = ModelCard.HeldOutCell(report);
        Assert.Contains("validation split 0.9435 (95 % interval 0.930–0.957)", cell);
        Assert.DoesNotContain("empty", cell);
        var verdict = ModelCard.HeldOutVerdict(report);
        Assert.Contains("**validation split: 0.9435, below** (its interval reaches 0.95)", verdict);
        Assert.Contains("both: 0.9529, its interval straddles 0.95", verdict);
        Assert.DoesNotContain("test split", verdict);
        Assert.DoesNotContain("empty", verdict);
    }
}
