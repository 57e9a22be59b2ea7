using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

/// <summary>
/// The insult sets teach the INSULT head through a <see cref="ShadowHead"/>: the other heads must come out exactly as
/// trained without them (adding the rows to the training list moved 20 civil sentences of our tests across a threshold).
/// Rows for another head get a shadow of their own, which leaves the INSULT shadow as it was.
/// </summary>
public class ShadowHeadTests
{
    private const int I = (int)ToxicityLabel.Insult;
    private const int T = (int)ToxicityLabel.Threat;

    private static List<Example> Datasets()
    {
        var examples = new List<Example>();
        string[] bad = ["you are a total moron", "what an idiot you are", "shut up, loser", "you pathetic clown", "I hate you all"];
        string[] good = ["the council met on tuesday", "thanks for the helpful reply", "the weather is nice", "I agree with the article",
            "you have the heart of a lion", "the goldfish lives in a bowl"];
        foreach (var t in bad)
        {
            examples.Add(new Example("tiny", t, [1, 0, 1, 0, 0, 0]));
        }

        foreach (var t in good)
        {
            examples.Add(new Example("tiny", t, Example.AllZero(), civil: true));
        }

        // A comment-set row, so that the own-source bias the shadow copies is exercised too.
        examples.Add(new Example(BlindRounds.TrainingSource, "I will find you", [float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, 1]));
        return examples;
    }

    // Words no rule reads, so that the score is the head's.
    private static List<Example> Insults(float weight) =>
    [
        new(BlindRounds.TrainingSource, "wobbly cardboard trousers", Only(I, true), weight),
        new(BlindRounds.TrainingSource, "wobbly cardboard trousers again", Only(I, true), weight),
        new(BlindRounds.TrainingSource, "sturdy cardboard box", Only(I, false), weight),
    ];

    private static List<Example> Threats() =>
    [
        new(BlindRounds.TrainingSource, "purple lantern thursday", Only(T, true)),
        new(BlindRounds.TrainingSource, "purple lantern thursday night", Only(T, true)),
        new(BlindRounds.TrainingSource, "green lantern festival", Only(T, false)),
    ];

    private static float[] Only(int label, bool yes)
    {
        var labels = Example.Unknown();
        labels[label] = yes ? 1 : 0;
        return labels;
    }

    private static LexicalModel Train(IReadOnlyList<Example>? insults)
    {
        var data = Datasets();
        var options = new LexicalTrainingOptions { Dimension = 1 << 12, Epochs = 12, LearningRate = 0.3f, Version = "tiny", Runs = 2 };
        return LexicalTrainer.Train(data, data, options, TextWriter.Null, insults);
    }

    private static byte[] Bytes(LexicalModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Rows_of_weight_zero_leave_the_model_bit_for_bit_as_without_them()
    {
        Assert.Equal(Bytes(Train(null)), Bytes(Train(Insults(0))));
    }

    [Fact]
    public void Insult_rows_teach_the_insult_head_and_leave_every_other_heads_weights_alone()
    {
        var without = Train(null);
        var with = Train(Insults(1));
        AssertSameWeightsBut(I, without, with);
        Assert.True(Score(with, I, "wobbly cardboard trousers") > Score(without, I, "wobbly cardboard trousers") + 0.1f);
        Assert.True(Score(with, I, "sturdy cardboard box") < 0.5f);
    }

    // Weights only: the civil budget sets every head's threshold afterwards, from all six. That the INSULT shadow keeps
    // its own seed is pinned by the committed model (TrainingTests: train reproduces models/lexical.bin).
    [Fact]
    public void Rows_for_a_second_head_teach_that_head_and_leave_the_other_heads_weights_alone_insult_shadow_included()
    {
        var insultsOnly = Train(Insults(1));
        var both = Train([.. Insults(1), .. Threats()]);
        AssertSameWeightsBut(T, insultsOnly, both);
        Assert.True(Score(both, T, "purple lantern thursday") > Score(insultsOnly, T, "purple lantern thursday") + 0.1f);
    }

    private static void AssertSameWeightsBut(int label, LexicalModel expected, LexicalModel actual)
    {
        for (var i = 0; i < expected.Weights.Length; i++)
        {
            if (i % LexicalModel.Labels != label)
            {
                Assert.Equal(expected.Weights[i], actual.Weights[i]);
            }
        }
    }

    private static float Score(LexicalModel model, int label, string text) =>
        new LexicalClassifier(model, TextNormalizer.Default).Score(text)[(ToxicityLabel)label];

    [Fact]
    public void The_threat_and_identity_lists_yield_rows_for_their_head_alone()
    {
        var dir = Directory.CreateTempSubdirectory("parley-heads-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(dir, "t.jsonl"),
            [
                """{"case": "T1", "text": "I know where you park.", "toxic": true, "hateful": false, "threat": true}""",
                """{"case": "T3", "text": "I know where you park, lovely car.", "toxic": false, "hateful": false, "threat": false}""",
                """{"case": "X", "text": "Nobody judged this one.", "toxic": true, "hateful": false}""",
            ]);
            File.WriteAllLines(Path.Combine(dir, "h.jsonl"),
            [
                """{"case": "derog_h", "text": "Those people ruin every town.", "toxic": null, "hateful": true}""",
                """{"case": "derog_nh", "text": "Those people rebuilt every town.", "toxic": null, "hateful": false}""",
            ]);
            Assert.Empty(BlindRounds.LoadHeadRowsForTraining(dir));
            File.WriteAllText(Path.Combine(dir, BlindRounds.ThreatTrainingList), "t.jsonl\n");
            File.WriteAllText(Path.Combine(dir, BlindRounds.IdentityTrainingList), "h.jsonl\n");

            var rows = BlindRounds.LoadHeadRowsForTraining(dir);
            Assert.Equal(["I know where you park.", "I know where you park, lovely car.", "Those people ruin every town.",
                "Those people rebuilt every town."], rows.Select(r => r.Text));
            int[] only = [T, T, (int)ToxicityLabel.IdentityAttack, (int)ToxicityLabel.IdentityAttack];
            float[] value = [1, 0, 1, 0];
            for (var k = 0; k < rows.Count; k++)
            {
                Assert.Equal(value[k], rows[k].Labels[only[k]]);
                Assert.True(rows[k].Labels.Where((_, l) => l != only[k]).All(float.IsNaN));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_insult_list_yields_insult_only_rows_and_nothing_without_a_list()
    {
        var dir = Directory.CreateTempSubdirectory("parley-insults-").FullName;
        try
        {
            Assert.Empty(BlindRounds.LoadInsultsForTraining(dir));
            File.WriteAllLines(Path.Combine(dir, "a.jsonl"),
            [
                """{"case": "I1", "text": "You argue like a toddler.", "toxic": true, "hateful": false, "threat": false}""",
                """{"case": "I3", "text": "My toddler argues about bedtime.", "toxic": false, "hateful": false, "threat": false}""",
                """{"case": "N", "text": "ToddlerBrain", "toxic": true, "hateful": false, "name": true}""",
            ]);
            File.WriteAllText(Path.Combine(dir, BlindRounds.InsultTrainingList), "# insults\na.jsonl\n");

            var rows = BlindRounds.LoadInsultsForTraining(dir);
            Assert.Equal(["You argue like a toddler.", "My toddler argues about bedtime."], rows.Select(r => r.Text));
            Assert.Equal([1f, 0f], rows.Select(r => r.Labels[I]));
            Assert.All(rows, r => Assert.True(r.Labels.Where((_, l) => l != I).All(float.IsNaN)));
            Assert.All(rows, r => Assert.Equal(BlindRounds.InsultTrainingWeight, r.Weight));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
