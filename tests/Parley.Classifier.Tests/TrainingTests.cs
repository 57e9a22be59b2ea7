using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

public class TrainingTests
{
    private static string? DatasetsRoot()
    {
        var env = Environment.GetEnvironmentVariable("PARLEY_DATASETS");
        foreach (var candidate in new[] { env, "/work/shared/datasets" })
        {
            if (!string.IsNullOrEmpty(candidate) && Directory.Exists(Path.Combine(candidate, "toxicspans-civil")))
            {
                return candidate;
            }
        }

        return null;
    }

    [Fact]
    public void Tiny_training_run_learns_and_round_trips_through_the_file_format()
    {
        var examples = new List<Example>();
        string[] bad = ["you are a total moron", "what an idiot you are", "shut up, loser", "you pathetic clown"];
        string[] good = ["the council met on tuesday", "thanks for the helpful reply", "the weather is nice", "I agree with the article"];
        foreach (var t in bad)
        {
            examples.Add(new Example("tiny", t, [1, 0, 1, 0, 0, 0]));
        }

        foreach (var t in good)
        {
            examples.Add(new Example("tiny", t, Example.AllZero(), civil: true));
        }

        var options = new LexicalTrainingOptions { Dimension = 1 << 12, Epochs = 20, LearningRate = 0.3f, Version = "tiny" };
        var model = LexicalTrainer.Train(examples, examples, options, TextWriter.Null);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var classifier = new LexicalClassifier(LexicalModel.Load(stream), TextNormalizer.Default);
        Assert.Equal("tiny", classifier.ModelVersion);
        Assert.True(classifier.Score("you moron")[ToxicityLabel.Insult] > classifier.Score("the council met")[ToxicityLabel.Insult]);
    }

    [Fact]
    public void Seed_templates_expand_deterministically()
    {
        var a = SeedData.Load();
        var b = SeedData.Load();
        Assert.True(a.Count > 1000);
        Assert.Equal(a.Select(x => x.Text), b.Select(x => x.Text));
        Assert.All(a, x => Assert.DoesNotContain("{", x.Text));
    }

    [Fact]
    public void Datasets_load_with_deterministic_disjoint_splits()
    {
        var root = DatasetsRoot();
        if (root is null)
        {
            Assert.Skip("Datasets not found: set PARLEY_DATASETS or provide /work/shared/datasets.");
        }

        var examples = DatasetLoader.LoadAll(root, TextWriter.Null);
        Assert.True(examples.Count > 50_000);
        Assert.Contains(examples, e => e.Split == Split.Test);
        Assert.InRange(examples.Count - examples.Select(e => e.Text.ToLowerInvariant().Trim()).Distinct().Count(), 0, 200);
        Assert.All(examples.Where(e => e.Civil), e => Assert.Equal(0f, e.Labels[0]));
    }
}
