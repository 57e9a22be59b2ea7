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

    [Theory]
    [InlineData(BlindRounds.TrainingSource, false)]
    [InlineData("a dataset", true)]
    public void Our_comment_sets_teach_what_is_said_about_a_group_but_not_the_naming_of_one(string source, bool namingLearnt)
    {
        // Attacks on groups outnumber civil mentions in our own sets; the masked group name and the word pairs it
        // is part of keep the weights the datasets give them (none here), while the words around it and the
        // skip-patterns learn, even a pattern whose two words are neighbours ("muslims vermin"). Any other source
        // teaches both.
        var examples = new List<Example>();
        foreach (var t in new[] { "muslims vermin", "jews vermin", "gypsies vermin", "the weather is vermin free" })
        {
            var labels = Example.AllZero();
            labels[(int)ToxicityLabel.Toxicity] = t.StartsWith("the", StringComparison.Ordinal) ? 0 : 1;
            examples.Add(new Example(source, t, labels));
        }

        var options = new LexicalTrainingOptions { Dimension = 1 << 14, Epochs = 10, LearningRate = 0.3f, Version = "own", Runs = 1 };
        var model = LexicalTrainer.Train(examples, examples, options, TextWriter.Null);

        var features = new List<Feature>();
        var naming = new List<int>();
        Features.Extract(TextNormalizer.Default.Normalize("muslims vermin"), TextNormalizer.Default.Lexicon, options.Dimension, features, naming);
        float Weight(Feature f) => model.Weights[f.Index * LexicalModel.Labels + (int)ToxicityLabel.Toxicity];

        // The name, its category and the pair "muslims vermin"; the group pattern over the same two words is no naming.
        Assert.Equal(3, naming.Count);
        Assert.Equal(namingLearnt, naming.Any(k => Weight(features[k]) != 0));
        var pattern = Assert.Single(Enumerable.Range(0, features.Count),
            k => !naming.Contains(k) && features[k].First == 0 && features[k].Last == 1);
        Assert.True(Weight(features[pattern]) > 0);
        Assert.Contains(features, f => f.First == 1 && f.Last == 1 && Weight(f) > 0); // "vermin" learns
    }

    [Fact]
    public void Length_normalisation_shrinks_only_long_texts_and_travels_with_the_model_file()
    {
        var model = new LexicalModel(1 << 8, "ln", lengthNorm: 60);
        model.Weights[7 * LexicalModel.Labels] = 1f; // feature 7, TOXICITY
        Span<float> logits = stackalloc float[LexicalModel.Labels];

        // 60 features or fewer: unscaled; 960: each value shrinks by the fourth root of 60/960 (one half).
        model.Logits(Enumerable.Repeat(new Feature(7, 1f, 0, 0), 60).ToList(), logits, []);
        Assert.Equal(60f, logits[0], 3);
        model.Logits(Enumerable.Repeat(new Feature(7, 1f, 0, 0), 960).ToList(), logits, []);
        Assert.Equal(480f, logits[0], 2);

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        Assert.Equal(60, LexicalModel.Load(stream).LengthNorm);
        Assert.Equal(1f, new LexicalModel(1 << 8, "raw").LengthScale(10_000)); // 0: never scaled
    }

    [Fact]
    public void A_model_saved_before_length_normalisation_loads_unscaled()
    {
        using var stream = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var bw = new BinaryWriter(gz))
        {
            bw.Write("PLX1"); // the old header: magic, dimension, labels, version, then per label bias and scale
            bw.Write(4);
            bw.Write(LexicalModel.Labels);
            bw.Write("old");
            for (var l = 0; l < LexicalModel.Labels; l++)
            {
                bw.Write(0.5f);
                bw.Write(1f);
            }

            bw.Write(new byte[4 * LexicalModel.Labels]);
        }

        stream.Position = 0;
        var model = LexicalModel.Load(stream);
        Assert.Equal(0, model.LengthNorm);
        Assert.Equal(0.5f, model.Bias[0]);
    }

    [Fact]
    public void Toxicity_gate_tempers_severe_identity_and_threat_only_where_toxicity_looks_civil()
    {
        Span<float> civil = [-2f, 1f, 1f, 1f, 1f, 1f];
        Span<float> toxic = [2f, 1f, 1f, 1f, 1f, 1f];

        LexicalModel.Gate(civil);
        LexicalModel.Gate(toxic);

        var g = 1f - (LexicalModel.GateWeight * 2f);
        Assert.Equal([-2f, g, 1f, g, 1f, g], civil.ToArray());
        Assert.Equal([2f, 1f, 1f, 1f, 1f, 1f], toxic.ToArray());
    }

    [Fact]
    public void Joint_civil_budget_raises_thresholds_until_any_label_stays_within_budget()
    {
        // 20 civil texts of one source: text i has logit i/10 on TOXICITY and (20 - i)/10 on INSULT; text 19 is
        // positive for PROFANITY (a civil comment that swears) and has a high PROFANITY logit, which is no false positive.
        var valid = Enumerable.Range(0, 20).Select(i =>
        {
            var labels = Example.AllZero();
            labels[(int)ToxicityLabel.Profanity] = i == 19 ? 1 : 0;
            return new Example("civil", $"text {i}", labels, civil: true);
        }).ToList();
        float Logit(int i, int l) => l switch
        {
            (int)ToxicityLabel.Toxicity => i / 10f,
            (int)ToxicityLabel.Insult => (20 - i) / 10f,
            (int)ToxicityLabel.Profanity => i == 19 ? 5f : -5f,
            _ => -5f,
        };
        var thresholds = new float[ToxicityLabels.Count];
        Array.Fill(thresholds, 1.5f);

        LexicalTrainer.JointCivilBudget(valid, Logit, thresholds, 0.1f, TextWriter.Null);

        var flagged = Enumerable.Range(0, 20).Count(i => Enumerable.Range(0, ToxicityLabels.Count)
            .Any(l => valid[i].Labels[l] < 0.5f && Logit(i, l) >= thresholds[l]));
        Assert.True(flagged <= 2, $"{flagged} of 20 civil texts still flagged");
        Assert.True(thresholds[(int)ToxicityLabel.Toxicity] > 1.5f || thresholds[(int)ToxicityLabel.Insult] > 1.5f);
        Assert.Equal(1.5f, thresholds[(int)ToxicityLabel.Profanity]);
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

    [Fact]
    public async Task The_committed_lexical_model_is_what_train_produces_from_the_datasets()
    {
        // The model is trained from the datasets plus the committed lexicon and seed sentences, through the
        // committed normaliser; a change to any of them without retraining leaves a model that nobody can rebuild.
        var root = DatasetsRoot();
        if (root is null)
        {
            Assert.Skip("Datasets not found: set PARLEY_DATASETS or provide /work/shared/datasets.");
        }

        var committed = Path.Combine(RepoRoot(), "models", "lexical.bin");
        var fresh = Path.Combine(Path.GetTempPath(), $"parley-lexical-{Guid.NewGuid():N}.bin");
        try
        {
            var comments = Path.Combine(RepoRoot(), "bench", "blind-rounds");
            var code = await ClassifierCommands.RunAsync("train", ["--data", root, "--out", fresh, "--comments", comments], TextReader.Null,
                TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);
            Assert.Equal(0, code);
            LexicalModel Read(string path)
            {
                using var stream = File.OpenRead(path);
                return LexicalModel.Load(stream);
            }

            // The version string holds the training date, so compare the numbers.
            var (a, b) = (Read(committed), Read(fresh));
            Assert.True(a.Bias.AsSpan().SequenceEqual(b.Bias) && a.Weights.AsSpan().SequenceEqual(b.Weights),
                "models/lexical.bin is stale: run `dotnet run --project src/Parley -- train --data ../shared/datasets --out models/lexical.bin`");
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Fact]
    public async Task Encoder_data_holds_the_semantic_training_texts_as_token_ids_and_labels_without_text()
    {
        var root = DatasetsRoot();
        if (root is null)
        {
            Assert.Skip("Datasets not found: set PARLEY_DATASETS or provide /work/shared/datasets.");
        }

        var dir = Path.Combine(Path.GetTempPath(), $"parley-encoder-data-{Guid.NewGuid():N}");
        try
        {
            var comments = Path.Combine(RepoRoot(), "bench", "blind-rounds");
            var code = await ClassifierCommands.RunAsync("train", ["--tier", "encoder-data", "--data", root, "--out", dir,
                "--comments", comments], TextReader.Null, TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);
            Assert.Equal(0, code);
            var records = new List<int[]>();
            using (var br = new BinaryReader(File.OpenRead(Path.Combine(dir, "train.ids"))))
            {
                while (br.BaseStream.Position < br.BaseStream.Length)
                {
                    records.Add([.. Enumerable.Range(0, br.ReadInt32()).Select(_ => br.ReadInt32())]);
                }
            }

            var rows = File.ReadAllLines(Path.Combine(dir, "train.jsonl"));
            using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "encoder-data.json")));
            Assert.Equal(rows.Length, records.Count);
            Assert.Equal(rows.Length, meta.RootElement.GetProperty("texts").GetInt32());
            Assert.True(rows.Length > 20_000);
            // [CLS] … [SEP], at most the encoder's 256 tokens; labels only, a source's silence as null.
            Assert.All(records, r => Assert.True(r.Length is >= 2 and <= 256 && r[0] == 101 && r[^1] == 102));
            Assert.DoesNotContain(rows, r => r.Contains("\"text\"", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.Contains("null", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.StartsWith("{\"labels\":[1,", StringComparison.Ordinal));
            Assert.True(File.Exists(meta.RootElement.GetProperty("onnx").GetString()));
            Assert.StartsWith("minilm-top2-", meta.RootElement.GetProperty("version").GetString());
            var check = File.ReadAllBytes(Path.Combine(dir, "check.ids"));
            var expected = ToxicityClassifiers.SharedEmbedder.Tokenize(Parley.Classifier.Semantic.EncoderLayers.CheckSentence);
            Assert.Equal(expected.Length, BitConverter.ToInt32(check, 0));
            Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(i => (long)BitConverter.ToInt32(check, 4 + 4 * i)));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Parley.slnx not found above the test binaries.");
    }

    [Fact]
    public void No_word_that_recurs_in_civil_text_is_repaired_into_a_lexicon_word()
    {
        // A lexicon word's one-letter variants become repairs; one that is a real word ("site" from "shite")
        // silently turns civil text toxic. Words seen at least twice in the civil sources must stay as written.
        var root = DatasetsRoot();
        if (root is null)
        {
            Assert.Skip("Datasets not found: set PARLEY_DATASETS or provide /work/shared/datasets.");
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in DatasetLoader.LoadAll(root, TextWriter.Null).Where(e => e.Civil))
        {
            foreach (System.Text.RegularExpressions.Match word in System.Text.RegularExpressions.Regex.Matches(e.Text.ToLowerInvariant(), @"\p{L}+"))
            {
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
            }
        }

        // A typo repaired into a word of attacks that is no lexicon word ("poeple" → "people") turns nothing toxic.
        var repaired = counts.Where(kv => kv.Value >= 2 && Lexicon.Default.Repair(kv.Key) is { } target && Lexicon.Default.Contains(target))
            .Select(kv => $"{kv.Key} → {Lexicon.Default.Repair(kv.Key)} ({kv.Value}×)").ToList();
        Assert.True(repaired.Count == 0, "add to models/seed/repair-exceptions.txt: " + string.Join(", ", repaired));
    }
}
