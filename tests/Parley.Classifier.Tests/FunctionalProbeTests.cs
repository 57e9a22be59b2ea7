using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

public class FunctionalProbeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-probe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Scores_each_case_against_its_expected_side_of_the_threshold_and_lists_the_misses()
    {
        File.WriteAllLines(Path.Combine(_dir, "probe.tsv"),
        [
            "# comment lines are skipped",
            "dehuman\t1\tmuslims\tMuslims are vermin.",
            "neutral\t0\tmuslims\tMy neighbours are Muslims.",
            "neutral\t1\t-\tThe weather is lovely today.", // deliberately mislabelled: must show up as a miss
        ]);

        var file = Assert.Single(FunctionalProbe.Run(ToxicityClassifiers.LoadDefault(), _dir));

        Assert.Equal("probe", file.Name);
        Assert.Equal(3, file.Count);
        Assert.Equal(["dehuman", "neutral"], file.Cases.Select(c => c.Case));
        Assert.Equal(1, file.Cases[0].ToxicityRight);
        Assert.Equal(2, file.Cases[1].Count);
        Assert.Equal(1, file.Cases[1].ToxicityRight);
        Assert.Contains(file.Misses, m => m.Contains("The weather is lovely today.", StringComparison.Ordinal));
        Assert.Contains("| **all** | | **3** | **0.67** |", FunctionalProbe.Table([file]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_the_file_and_line()
    {
        File.WriteAllLines(Path.Combine(_dir, "bad.tsv"), ["dehuman\tyes\t-\tsome text"]);

        var ex = Assert.Throws<FormatException>(() => FunctionalProbe.Run(ToxicityClassifiers.LoadDefault(), _dir));

        Assert.Contains("bad.tsv", ex.Message, StringComparison.Ordinal);
    }
}
