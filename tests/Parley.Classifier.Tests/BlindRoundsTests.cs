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
    public void Sets_named_in_the_training_list_become_training_examples_with_the_labels_they_state()
    {
        File.WriteAllLines(Path.Combine(_dir, "listed.jsonl"),
        [
            """{"case": "A", "text": "Muslims should all be shot.", "toxic": true, "hateful": true, "threat": true}""",
            """{"case": "B", "text": "The Muslim council met on Tuesday.", "toxic": false, "hateful": false, "threat": false}""",
            """{"case": "C", "text": "You are a sad little man.", "toxic": true, "hateful": false}""",
            """{"case": "D", "text": "I hate this printer.", "toxic": null, "hateful": false}""",
            """{"case": "E", "text": "KillAllMuslims", "toxic": true, "hateful": true, "name": true}""",
        ]);
        File.WriteAllLines(Path.Combine(_dir, "held-out.jsonl"),
            ["""{"case": "A", "text": "Never trained on.", "toxic": false, "hateful": false}"""]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["# a comment", "listed.jsonl"]);

        var examples = BlindRounds.LoadForTraining(_dir);

        // Unjudged rows and display names are left out; the held-out set is not read.
        Assert.Equal(["Muslims should all be shot.", "The Muslim council met on Tuesday.", "You are a sad little man."],
            examples.Select(e => e.Text));
        Assert.All(examples, e => Assert.Equal(BlindRounds.TrainingSource, e.Source));
        var (attack, civil, insult) = (examples[0].Labels, examples[1].Labels, examples[2].Labels);
        Assert.Equal((1f, 1f), (attack[(int)ToxicityLabel.Toxicity], attack[(int)ToxicityLabel.Threat]));
        Assert.True(float.IsNaN(attack[(int)ToxicityLabel.IdentityAttack])); // left to the datasets
        Assert.True(float.IsNaN(attack[(int)ToxicityLabel.Insult]));
        Assert.Equal((0f, 0f, 0f), (civil[(int)ToxicityLabel.Toxicity], civil[(int)ToxicityLabel.Threat], civil[(int)ToxicityLabel.Insult]));
        Assert.True(float.IsNaN(insult[(int)ToxicityLabel.Threat])); // the row does not judge it

        // One attack and one civil row name a group: equal, so the civil one keeps the plain weight.
        Assert.All(examples, e => Assert.Equal(BlindRounds.TrainingWeight, e.Weight));
    }

    [Fact]
    public void Civil_rows_that_name_a_group_weigh_as_much_as_the_attacks_on_groups()
    {
        File.WriteAllLines(Path.Combine(_dir, "set.jsonl"),
        [
            """{"case": "A", "text": "Muslims should all be shot.", "toxic": true, "hateful": true, "threat": true}""",
            """{"case": "A", "text": "Jews are vermin.", "toxic": true, "hateful": true}""",
            """{"case": "A", "text": "Gypsies are thieves.", "toxic": true, "hateful": true}""",
            """{"case": "B", "text": "The Muslim council met on Tuesday.", "toxic": false, "hateful": false}""",
            """{"case": "B", "text": "The weather is lovely today.", "toxic": false, "hateful": false}""",
        ]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["set.jsonl"]);

        var weights = BlindRounds.LoadForTraining(_dir).ToDictionary(e => e.Text, e => e.Weight);

        Assert.Equal(3 * BlindRounds.TrainingWeight, weights["The Muslim council met on Tuesday."]);
        Assert.Equal(BlindRounds.TrainingWeight, weights["The weather is lovely today."]);
        Assert.Equal(BlindRounds.TrainingWeight, weights["Jews are vermin."]);
    }

    [Fact]
    public void A_training_list_naming_a_missing_set_is_an_error_that_names_it()
    {
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["gone.jsonl"]);

        var ex = Assert.Throws<FileNotFoundException>(() => BlindRounds.LoadForTraining(_dir));

        Assert.Contains("gone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_the_file_and_line()
    {
        File.WriteAllLines(Path.Combine(_dir, "bad.jsonl"), ["""{"case": "A", "text": "no hateful label"}"""]);

        var ex = Assert.Throws<FormatException>(() => BlindRounds.Run(ToxicityClassifiers.LoadDefault(), _dir));

        Assert.Contains("bad.jsonl", ex.Message, StringComparison.Ordinal);
    }
}
