using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

/// <summary>
/// The insult sets teach the INSULT head through a <see cref="ShadowHead"/>: the other heads must come out exactly as
/// trained without them (adding the rows to the training list moved 20 civil sentences of our tests across TOXICITY).
/// </summary>
public class ShadowHeadTests
{
    private const int I = (int)ToxicityLabel.Insult;

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

    private static List<Example> Insults(float weight)
    {
        static float[] Insult(bool yes)
        {
            var labels = Example.Unknown();
            labels[I] = yes ? 1 : 0;
            return labels;
        }

        return
        [
            // Words no rule reads, so that the score is the head's.
            new(BlindRounds.TrainingSource, "wobbly cardboard trousers", Insult(true), weight),
            new(BlindRounds.TrainingSource, "wobbly cardboard trousers again", Insult(true), weight),
            new(BlindRounds.TrainingSource, "sturdy cardboard box", Insult(false), weight),
        ];
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
        for (var i = 0; i < without.Weights.Length; i++)
        {
            if (i % LexicalModel.Labels != I)
            {
                Assert.Equal(without.Weights[i], with.Weights[i]);
            }
        }

        float Insult(LexicalModel m, string text) =>
            new LexicalClassifier(m, TextNormalizer.Default).Score(text)[ToxicityLabel.Insult];
        Assert.True(Insult(with, "wobbly cardboard trousers") > Insult(without, "wobbly cardboard trousers") + 0.1f);
        Assert.True(Insult(with, "sturdy cardboard box") < 0.5f);
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
