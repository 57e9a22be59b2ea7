using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

public class BlindRoundsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-blind-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Judges_each_label_only_where_the_row_states_it_and_scores_names_as_names()
    {
        File.WriteAllLines(Path.Combine(_dir, "round.jsonl"),
        [
            """{"case": "A", "text": "Muslims are vermin.", "toxic": true, "hateful": true}""",
            """{"case": "B", "text": "The weather is lovely today.", "toxic": true, "hateful": false, "threat": false}""", // mislabelled: a miss
            """{"case": "C", "text": "I hate this printer.", "toxic": null, "hateful": false}""",
            """{"case": "D", "text": "KillAllMuslims", "toxic": true, "hateful": true, "threat": true, "name": true}""",
        ]);

        var set = Assert.Single(BlindRounds.Run(ToxicityClassifiers.LoadDefault(), _dir));

        Assert.Equal(("round", 4, 1), (set.Name, set.Count, set.Names));
        Assert.Equal(new BlindRounds.Tally(2, 3), set.Toxicity); // C is not judged; B is wrong
        Assert.Equal(new BlindRounds.Tally(4, 4), set.IdentityAttack);
        Assert.Equal(2, set.Threat.Judged);
        Assert.Contains(set.Misses, m => m.Contains("The weather is lovely today.", StringComparison.Ordinal));
        Assert.Contains("| round | 4 (1) | 0.667 (3) | 1.000 (4) |", BlindRounds.Table([set]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_the_file_and_line()
    {
        File.WriteAllLines(Path.Combine(_dir, "bad.jsonl"), ["""{"case": "A", "text": "no hateful label"}"""]);

        var ex = Assert.Throws<FormatException>(() => BlindRounds.Run(ToxicityClassifiers.LoadDefault(), _dir));

        Assert.Contains("bad.jsonl", ex.Message, StringComparison.Ordinal);
    }
}
