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
        Assert.All(rows, r => Assert.Equal((1, 1, 0), (r.Toxic, r.Civil, r.NowFlagged)));
        var leet = rows.Single(r => r.Name.StartsWith("leetspeak", StringComparison.Ordinal));
        Assert.Equal(("1d107", 1), (leet.Example, leet.StillFlagged));

        // A dropped letter may or may not keep the flag ("moron" → "mron"); when it loses it, the word is listed.
        var dropped = rows.Single(r => r.Name.Contains("dropped", StringComparison.Ordinal));
        Assert.Equal(dropped.StillFlagged == 0, dropped.Misses.Count == 1);
        Assert.Contains("| letters spaced (i d i o t) | `i d i o t` | 100.0 % of 1 | 0.00 % of 1 |", ObfuscationProbe.Table(rows), StringComparison.Ordinal);
    }
}
