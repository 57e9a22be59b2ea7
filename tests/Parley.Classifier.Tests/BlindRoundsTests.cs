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

        // Named in the training list, the set is marked as one the model learnt from.
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["round.jsonl"]);
        var trained = Assert.Single(BlindRounds.Run(ToxicityClassifiers.LoadDefault(), _dir));
        Assert.True(trained.Trained);
        Assert.Contains("| round † | 4 (1) |", BlindRounds.Table([trained]), StringComparison.Ordinal);
        Assert.Contains("training accuracy", BlindRounds.Table([trained]), StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_named_in_the_training_list_teach_threat_and_what_a_civil_row_is_not()
    {
        File.WriteAllLines(Path.Combine(_dir, "listed.jsonl"),
        [
            """{"case": "A", "text": "Muslims should all be shot.", "toxic": true, "hateful": true, "threat": true}""",
            """{"case": "B", "text": "The Muslim council met on Tuesday.", "toxic": false, "hateful": false}""",
            """{"case": "C", "text": "You are a sad little man.", "toxic": true, "hateful": false}""",
            """{"case": "D", "text": "I hate this printer.", "toxic": null, "hateful": false}""",
            """{"case": "E", "text": "KillAllMuslims", "toxic": true, "hateful": true, "threat": true, "name": true}""",
        ]);
        File.WriteAllLines(Path.Combine(_dir, "held-out.jsonl"),
            ["""{"case": "A", "text": "Never trained on.", "toxic": false, "hateful": false}"""]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["# a comment", "listed.jsonl"]);

        var examples = BlindRounds.LoadForTraining(_dir);

        // Rows that do not judge TOXICITY and display names are left out; the held-out set is not read.
        Assert.Equal(["Muslims should all be shot.", "The Muslim council met on Tuesday.", "You are a sad little man."],
            examples.Select(e => e.Text));
        Assert.All(examples, e => Assert.Equal((BlindRounds.TrainingSource, BlindRounds.TrainingWeight), (e.Source, e.Weight)));
        Assert.All(examples, e => Assert.All(new[] { ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Profanity },
            l => Assert.True(float.IsNaN(e.Labels[(int)l])))); // the datasets' alone
        var (attack, civil, insult) = (examples[0].Labels, examples[1].Labels, examples[2].Labels);
        Assert.Equal(1f, attack[(int)ToxicityLabel.Threat]);
        Assert.True(float.IsNaN(attack[(int)ToxicityLabel.Insult]));
        Assert.Equal((0f, 0f, 0f), (civil[(int)ToxicityLabel.Threat], civil[(int)ToxicityLabel.Insult], civil[(int)ToxicityLabel.SevereToxicity]));
        Assert.True(insult.All(float.IsNaN)); // says nothing about THREAT: teaches nothing
    }

    [Fact]
    public void Sets_named_in_the_semantic_list_teach_the_semantic_heads_every_label_a_row_states()
    {
        File.WriteAllLines(Path.Combine(_dir, "dev.jsonl"),
        [
            """{"case": "A", "text": "Muslims should all be shot.", "toxic": true, "hateful": true, "threat": true}""",
            """{"case": "B", "text": "The Muslim council met on Tuesday.", "toxic": false, "hateful": false}""",
            """{"case": "C", "text": "You have the wit of a damp flannel.", "toxic": true, "hateful": false, "threat": false}""",
            """{"case": "D", "text": "I hate this printer.", "toxic": null, "hateful": false}""",
            """{"case": "E", "text": "KillAllMuslims", "toxic": true, "hateful": true, "threat": true, "name": true}""",
        ]);
        File.WriteAllLines(Path.Combine(_dir, "lexical-only.jsonl"),
            ["""{"case": "A", "text": "Only the lexical list names me.", "toxic": false, "hateful": false}"""]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["lexical-only.jsonl"]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.SemanticTrainingList), ["# development sets", "dev.jsonl"]);

        var examples = BlindRounds.LoadForSemantic(_dir);

        Assert.Equal(["Muslims should all be shot.", "The Muslim council met on Tuesday.", "You have the wit of a damp flannel."],
            examples.Select(e => e.Text));
        Assert.All(examples, e => Assert.Equal((BlindRounds.TrainingSource, BlindRounds.SemanticTrainingWeight), (e.Source, e.Weight)));
        Assert.All(examples, e => Assert.True(float.IsNaN(e.Labels[(int)ToxicityLabel.Profanity]))); // a row does not say
        float[] Of(int i, params ToxicityLabel[] labels) => [.. labels.Select(l => examples[i].Labels[(int)l])];
        var stated = new[] { ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Threat };
        Assert.Equal([1f, 1f, 1f], Of(0, stated));
        Assert.Equal([0f, 0f, float.NaN, 0f, 0f], Of(1, [.. stated, ToxicityLabel.SevereToxicity, ToxicityLabel.Insult]));
        Assert.Equal([1f, 0f, 0f], Of(2, stated));
        Assert.True(float.IsNaN(Of(2, ToxicityLabel.Insult)[0])); // an attack's kind is not stated
        Assert.Equal(["lexical-only"], BlindRounds.TrainingSets(_dir)); // the two lists are separate
    }

    [Theory]
    [InlineData("sub/round.jsonl")]
    [InlineData("round.json")]
    [InlineData("# only a comment")]
    public void A_training_list_entry_that_is_no_set_of_the_folder_or_a_list_of_none_is_an_error(string entry)
    {
        File.WriteAllLines(Path.Combine(_dir, "round.jsonl"), ["""{"case": "A", "text": "Fine.", "toxic": false, "hateful": false}"""]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), [entry]);

        var ex = Assert.Throws<FormatException>(() => BlindRounds.LoadForTraining(_dir));

        Assert.Contains(BlindRounds.TrainingList, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_after_an_entry_is_ignored()
    {
        File.WriteAllLines(Path.Combine(_dir, "round.jsonl"), ["""{"case": "A", "text": "Fine.", "toxic": false, "hateful": false}"""]);
        File.WriteAllLines(Path.Combine(_dir, BlindRounds.TrainingList), ["round.jsonl   # the first round"]);

        Assert.Equal(["round"], BlindRounds.TrainingSets(_dir));
        Assert.Single(BlindRounds.LoadForTraining(_dir));
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
