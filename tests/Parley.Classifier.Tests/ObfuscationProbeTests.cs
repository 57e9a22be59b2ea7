using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

public class ObfuscationProbeTests
{
    private static Example Toxic(string text) => new("own", text, [1, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN]) { Split = Split.Test };

    private static Example Civil(string text) => new("own", text, Example.AllZero(), civil: true) { Split = Split.Test };

    [Fact]
    public void Counts_only_texts_whose_flag_depends_on_the_disguised_word_and_reports_each_disguise()
    {
        var rows = ObfuscationProbe.Run(ToxicityClassifiers.LoadDefault(),
        [
            Toxic("You are a moron."),
            Toxic("Shut up, you stupid bitch, you pathetic moron."), // other words keep the flag: not counted
            Toxic("The weather is lovely today."), // labelled toxic but not flagged: not counted
            Civil("The committee published its quarterly budget report on Tuesday."),
        ]);

        Assert.Equal(ObfuscationProbe.Disguises.Select(d => d.Name), rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.True(r.Toxic <= 1 && r.Civil <= 1 && r.NowFlagged == 0, r.Name));
        var leet = rows.Single(r => r.Name.StartsWith("leetspeak", StringComparison.Ordinal));
        Assert.Equal(("1d107", 1, 1), (leet.Example, leet.Toxic, leet.StillFlagged));

        // "moron" has no a, i or s: the symbol disguise leaves it as it was, so that text does not count for it.
        Assert.Equal(0, rows.Single(r => r.Name.StartsWith("symbols", StringComparison.Ordinal)).Toxic);

        // A disguise that loses the flag is listed with the word and what it became.
        Assert.All(rows.Where(r => r.StillFlagged < r.Toxic),
            r => Assert.Matches(@"^moron → \S+ \(1\)$", Assert.Single(r.Misses)));
        Assert.Contains("| letters spaced (i d i o t) | `i d i o t` | 100.0 % of 1 |", ObfuscationProbe.Table(rows), StringComparison.Ordinal);
    }
}
