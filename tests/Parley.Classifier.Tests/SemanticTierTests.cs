using Parley.Classifier.Lexical;
using Parley.Classifier.Semantic;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

/// <summary>The semantic and combined tiers load from embedded resources and agree with the required behaviour.</summary>
public class SemanticTierTests
{
    /// <summary>Loads a tier that needs the semantic heads, or skips the test where they are not built.</summary>
    internal static IToxicityClassifier? TryLoad(Func<IToxicityClassifier> load)
    {
        try
        {
            return load();
        }
        catch (InvalidOperationException e) when (e.Message.Contains("not embedded", StringComparison.Ordinal))
        {
            Assert.Skip("models/semantic-heads.bin is not built: run `parley train --tier semantic`.");
            return null;
        }
    }

    [Fact]
    public void Semantic_tier_separates_an_insult_from_civil_news_and_keeps_lexical_spans()
    {
        var semantic = TryLoad(ToxicityClassifiers.LoadSemantic)!;
        var insult = semantic.Score("you are a m0r0n and your brain is mush");
        var news = semantic.Score("The coalition vowed to destroy the militants' last stronghold.");
        Assert.True(insult[ToxicityLabel.Toxicity] > news[ToxicityLabel.Toxicity]);
        Assert.True(news[ToxicityLabel.Toxicity] < ToxicityClassifiers.DefaultThreshold(ToxicityLabel.Toxicity));
        Assert.NotEmpty(insult.Spans[(int)ToxicityLabel.Insult]);
        Assert.Contains("semantic", semantic.ModelVersion);
    }

    [Fact]
    public void Combined_tier_leaves_a_text_below_the_floor_and_display_names_to_the_lexical_tier()
    {
        var combined = TryLoad(ToxicityClassifiers.LoadCombined)!;
        var lexical = ToxicityClassifiers.LoadLexical();
        const string civil = "Thanks for the helpful reply, the meeting is on Tuesday.";
        Assert.False(CombinedClassifier.Embeds([.. lexical.Score(civil).Scores]));
        Assert.Equal(lexical.Score(civil).Scores, combined.Score(civil).Scores);
        // Above the floor, and changed by the combined tier as a comment; as a display name it keeps its lexical scores.
        const string name = "Those people breed like rabbits";
        Assert.True(CombinedClassifier.Embeds([.. lexical.Score(name, TextKind.DisplayName).Scores]));
        Assert.NotEqual(lexical.Score(name).Scores, combined.Score(name).Scores);
        Assert.Equal(lexical.Score(name, TextKind.DisplayName).Scores, combined.Score(name, TextKind.DisplayName).Scores);
    }

    [Fact]
    public void Combined_tier_scores_what_its_calibration_computes()
    {
        var combined = TryLoad(ToxicityClassifiers.LoadCombined)!;
        var semantic = (SemanticClassifier)ToxicityClassifiers.LoadSemantic();
        const string text = "Those people breed like rabbits and take everything we built.";
        var embedding = semantic.Embedder.Embed(SemanticClassifier.SemanticInput(text));
        var logits = Enumerable.Range(0, ToxicityLabels.Count).Select(l => semantic.Heads.Logit(embedding, l)).ToArray();
        var into = new float[ToxicityLabels.Count];
        CombinedClassifier.Combine(((LexicalClassifier)ToxicityClassifiers.LoadLexical()).ScoresForCombining(text), logits, semantic.Heads.Combine, into);
        Assert.Equal(into, combined.Score(text).Scores);
    }

    [Fact]
    public void Combined_tier_sums_the_two_logits_with_the_heads_offset()
    {
        const int tox = (int)ToxicityLabel.Toxicity, insult = (int)ToxicityLabel.Insult, ia = (int)ToxicityLabel.IdentityAttack,
            threat = (int)ToxicityLabel.Threat;
        float[] offsets = [1.5f, float.NaN, 0f, 0f, float.NaN, float.NaN];
        float[] lexical = [0.5f, 0.3f, 0.9f, 0.6f, 0.2f, 0.4f];
        float[] semantic = [-1f, 9f, -9f, -9f, 9f, 9f];
        var into = new float[ToxicityLabels.Count];
        CombinedClassifier.Combine(lexical, semantic, offsets, into);
        // A label without an offset keeps its lexical score, whatever the semantic head says; SEVERE_TOXICITY (0.3) then
        // rises to the THREAT it holds (0.4), as the last step of both tiers (LexicalClassifier.SevereFromAttacks).
        Assert.Equal((0.4f, 0.2f, 0.4f), (into[(int)ToxicityLabel.SevereToxicity], into[(int)ToxicityLabel.Profanity], into[threat]));
        // A lexical score at or above the stand (a rule's 0.85) is not lowered; one below it is.
        Assert.Equal(0.9f, into[insult]);
        Assert.True(into[ia] < 0.01f);
        // TOXICITY is at least the combined INSULT: an insult is toxic.
        Assert.Equal(0.9f, into[tox]);
        // With nothing to lift it: lexical 0.5 (logit 0) + semantic logit −1 + offset 1.5 = logit 0.5.
        float[] plain = [0.5f, 0.3f, 0.3f, 0.6f, 0.2f, 0.4f];
        CombinedClassifier.Combine(plain, semantic, offsets, into);
        Assert.Equal(LexicalClassifier.Sigmoid(0.5f), into[tox], 5);
        // The lift follows the combined INSULT, not the lexical one: a lexical 0.3 the semantic tier raises lifts TOXICITY.
        semantic[insult] = 9f;
        CombinedClassifier.Combine(plain, semantic, offsets, into);
        Assert.True(into[insult] > 0.99f && into[tox] >= into[insult]);
        semantic[insult] = -9f;
        // TOXICITY is at least a combined IDENTITY_ATTACK.
        semantic[ia] = 9f;
        CombinedClassifier.Combine(lexical, semantic, offsets, into);
        Assert.True(into[ia] > 0.99f && into[tox] >= into[ia]);
        // TOXICITY is never below SEVERE_TOXICITY, which does not combine, as in the lexical tier.
        float[] severe = [0.6f, 0.7f, 0.1f, 0.1f, 0.1f, 0.1f];
        (semantic[tox], semantic[ia]) = (-9f, -9f);
        CombinedClassifier.Combine(severe, semantic, offsets, into);
        Assert.Equal(0.7f, into[tox]);
        // A NaN from the embedding leaves the lexical score (TOXICITY 0.5 here, above every label that lifts it).
        float[] low = [0.5f, 0.3f, 0.3f, 0.2f, 0.2f, 0.4f];
        CombinedClassifier.Combine(low, [float.NaN, 0, float.NaN, -9f, 0, 0], offsets, into);
        Assert.Equal((0.3f, 0.5f), (into[insult], into[tox]));
        // Below the floor on every label that can combine, the text keeps its lexical scores, as the lexical tier ends
        // them (SEVERE_TOXICITY at least the identity attack, up to TOXICITY: 0.001 → 0.005).
        float[] quiet = [0.005f, 0.001f, 0.002f, 0.009f, 0.9f, 0.001f];
        CombinedClassifier.Combine(quiet, semantic, offsets, into);
        Assert.Equal([0.005f, 0.005f, 0.002f, 0.009f, 0.9f, 0.001f], into);
    }

    [Fact]
    public void Combined_tier_catches_a_group_attack_the_lexical_tier_misses()
    {
        var combined = TryLoad(ToxicityClassifiers.LoadCombined)!;
        const string text = "Those people breed like rabbits and take everything we built.";
        Assert.False(ToxicityClassifiers.LoadLexical().Score(text).IsFlagged(ToxicityLabel.IdentityAttack));
        Assert.True(combined.Score(text).IsFlagged(ToxicityLabel.IdentityAttack));
        Assert.True(combined.Score(text).IsFlagged(ToxicityLabel.Toxicity));
    }

    /// <summary>
    /// Every sentence of the behaviour tests (which the lexical tier passes) gets the same TOXICITY, IDENTITY_ATTACK and
    /// THREAT decisions from the combined tier: civil war news, identity words and counter-speech stay unflagged, the
    /// attacks stay flagged. With SEVERE_TOXICITY combined, four civil sentences were flagged.
    /// </summary>
    [Fact]
    public void Combined_tier_keeps_every_behaviour_test_decision()
    {
        var combined = TryLoad(ToxicityClassifiers.LoadCombined)!;
        var lexical = ToxicityClassifiers.LoadLexical();
        var cases = typeof(BehaviourTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
                .Select(d => (Text: (string)d.Data[0]!, Name: m.Name.Contains("display_names", StringComparison.OrdinalIgnoreCase))))
            .ToList();
        Assert.True(cases.Count > 150, $"{cases.Count} behaviour sentences");
        ToxicityLabel[] labels = [ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Threat];
        var changed = cases.Where(c =>
        {
            var kind = c.Name ? TextKind.DisplayName : TextKind.Comment;
            var (l, b) = (lexical.Score(c.Text, kind), combined.Score(c.Text, kind));
            // INSULT also combines: it may drop a flag ("Just shoot the bastard." is a threat, tested as one) but add none.
            return labels.Any(x => l.IsFlagged(x) != b.IsFlagged(x))
                || (b.IsFlagged(ToxicityLabel.Insult) && !l.IsFlagged(ToxicityLabel.Insult));
        }).Select(c => c.Text).ToList();
        Assert.Empty(changed);
    }

    [Fact]
    public void Heads_files_keep_the_combination_offsets_and_an_older_file_loads_without_them()
    {
        var heads = new SemanticHeads("round-trip");
        Assert.All(heads.Combine, c => Assert.True(float.IsNaN(c))); // never calibrated: never combined
        heads.Bias[2] = 0.25f;
        heads.Combine[5] = 2.5f;
        heads.Weights[7] = -0.5f;
        using var ms = new MemoryStream();
        heads.Save(ms);
        ms.Position = 0;

        var back = SemanticHeads.Load(ms);

        Assert.Equal(("round-trip", 0.25f, 2.5f, -0.5f), (back.Version, back.Bias[2], back.Combine[5], back.Weights[7]));
        Assert.True(float.IsNaN(back.Combine[0]));

        // A file of the format before the offsets (PLS1: magic, version, biases, weights) still loads, uncombined.
        var loaded = SemanticHeads.Load(HeadsFile("PLS1", "old", offsets: 0, weight: 0f));
        Assert.Equal(("old", 0.5f), (loaded.Version, loaded.Bias[5]));
        Assert.All(loaded.Combine, c => Assert.True(float.IsNaN(c)));

        // A PLS3 file (linear heads, offsets for the sum on every comment) keeps its offsets.
        var linear = SemanticHeads.Load(HeadsFile("PLS3", "linear", offsets: ToxicityLabels.Count, weight: 0.25f));
        Assert.Equal((0, 1f, 0.25f), (linear.Hidden, linear.Combine[5], linear.Weights[^1]));

        // A PLS2 file's offsets were calibrated for the sum only where the lexical tier was unsure: read and dropped.
        var dropped = SemanticHeads.Load(HeadsFile("PLS2", "band", offsets: ToxicityLabels.Count, weight: 0.25f));
        Assert.Equal(("band", 0.5f, 0.25f), (dropped.Version, dropped.Bias[5], dropped.Weights[^1]));
        Assert.All(dropped.Combine, c => Assert.True(float.IsNaN(c)));
        Assert.Throws<InvalidDataException>(() => SemanticHeads.Load(new MemoryStream([1, (byte)'X'])));
    }

    [Fact]
    public void A_hidden_layer_learns_what_linear_heads_cannot_and_survives_a_round_trip()
    {
        // XOR of two embedding dimensions for TOXICITY: no linear head separates it; the hidden layer must.
        var rng = new Random(3);
        var x = new List<float[]>();
        var y = new List<float[]>();
        for (var i = 0; i < 400; i++)
        {
            var e = new float[MiniLmEmbedder.Dimension];
            var (a, b) = (rng.Next(2), rng.Next(2));
            (e[0], e[1]) = (a * 2 - 1 + (rng.NextSingle() * 0.2f), b * 2 - 1 + (rng.NextSingle() * 0.2f));
            var labels = Example.Unknown();
            labels[(int)ToxicityLabel.Toxicity] = a ^ b;
            (x, y) = (x.Append(e).ToList(), y.Append(labels).ToList());
        }

        var weights = Enumerable.Repeat(1f, x.Count).ToList();
        var mlp = SemanticHeads.TrainMlp(x, y, weights, "xor", hidden: 16, epochs: 60, batch: 32, rate: 1e-2f, dropout: 0f);
        var linear = SemanticHeads.Train(x, y, weights, "xor-linear");
        double Accuracy(SemanticHeads h) =>
            x.Zip(y).Average(p => h.Logit(p.First, (int)ToxicityLabel.Toxicity) >= 0 == p.Second[0] > 0.5f ? 1.0 : 0.0);
        Assert.True(Accuracy(mlp) > 0.95, $"MLP accuracy {Accuracy(mlp):F3}");
        Assert.True(Accuracy(linear) < 0.8, $"linear accuracy {Accuracy(linear):F3}");

        // The same seed trains the same weights (the two half-batches are summed in a fixed order).
        var again = SemanticHeads.TrainMlp(x, y, weights, "xor", hidden: 16, epochs: 60, batch: 32, rate: 1e-2f, dropout: 0f);
        Assert.Equal(mlp.HiddenWeights, again.HiddenWeights);
        Assert.Equal(mlp.HiddenBias, again.HiddenBias);
        Assert.Equal(mlp.Weights, again.Weights);
        Assert.Equal(mlp.Bias, again.Bias);

        mlp.Combine[(int)ToxicityLabel.Toxicity] = 0.75f;
        using var ms = new MemoryStream();
        mlp.Save(ms);
        ms.Position = 0;
        var back = SemanticHeads.Load(ms);
        Assert.Equal((16, 0.75f), (back.Hidden, back.Combine[(int)ToxicityLabel.Toxicity]));
        Assert.All(x, e => Assert.Equal(mlp.Logit(e, 0), back.Logit(e, 0)));
    }

    /// <summary>
    /// The hidden layer's backward pass against finite differences of its loss, with a dropout mask that drops some
    /// units and scales the rest, two labels unknown (weight 0) and unequal loss weights.
    /// </summary>
    [Fact]
    public void The_hidden_layers_gradients_match_finite_differences()
    {
        const int h = 8;
        var rng = new Random(11);
        var heads = new SemanticHeads("grad", h);
        foreach (var a in new[] { heads.HiddenWeights, heads.HiddenBias, heads.Weights, heads.Bias })
        {
            for (var i = 0; i < a.Length; i++)
            {
                a[i] = (rng.NextSingle() - 0.5f) * 0.6f;
            }
        }

        var x = Enumerable.Range(0, MiniLmEmbedder.Dimension).Select(_ => rng.NextSingle() - 0.5f).ToArray();
        float[] y = [1, float.NaN, 0, 1, float.NaN, 0];
        float[] lossWeight = [0.7f, 0, 1.3f, 0.4f, 0, 2f];
        float[] mask = [0, 1.25f, 1.25f, 0, 1.25f, 1.25f, 1.25f, 1.25f];
        var grads = new SemanticHeads.Gradients(heads);
        grads.Clear();
        grads.Accumulate(heads, x, y, lossWeight, mask, scale: 1);

        double Loss()
        {
            var hidden = new float[h];
            heads.HiddenLayer(x, hidden);
            double loss = 0;
            for (var l = 0; l < ToxicityLabels.Count; l++)
            {
                var z = (double)heads.Bias[l];
                for (var j = 0; j < h; j++)
                {
                    z += heads.Weights[(l * h) + j] * hidden[j] * mask[j];
                }

                var p = 1 / (1 + Math.Exp(-z));
                loss += lossWeight[l] == 0 ? 0 : -lossWeight[l] * ((y[l] * Math.Log(p)) + ((1 - y[l]) * Math.Log(1 - p)));
            }

            return loss;
        }

        foreach (var (parameters, gradient) in new[]
                 {
                     (heads.HiddenWeights, grads.HiddenWeights), (heads.HiddenBias, grads.HiddenBias),
                     (heads.Weights, grads.Weights), (heads.Bias, grads.Bias),
                 })
        {
            for (var k = 0; k < 12; k++)
            {
                var i = rng.Next(parameters.Length);
                var keep = parameters[i];
                parameters[i] = keep + 1e-2f;
                var up = Loss();
                parameters[i] = keep - 1e-2f;
                var down = Loss();
                parameters[i] = keep;
                Assert.Equal((up - down) / 2e-2, gradient[i], 2e-3);
            }
        }
    }

    /// <summary>A heads file written by hand: magic, version, six biases of 0.5, <paramref name="offsets"/> offsets of 1, weights.</summary>
    private static MemoryStream HeadsFile(string magic, string version, int offsets, float weight)
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(magic);
            w.Write(version);
            foreach (var v in Enumerable.Repeat(0.5f, ToxicityLabels.Count).Concat(Enumerable.Repeat(1f, offsets))
                         .Concat(Enumerable.Repeat(weight, ToxicityLabels.Count * MiniLmEmbedder.Dimension)))
            {
                w.Write(v);
            }
        }

        ms.Position = 0;
        return ms;
    }

    [Fact]
    public void Shipped_heads_carry_calibrated_combination_offsets()
    {
        var semantic = TryLoad(ToxicityClassifiers.LoadSemantic)!;
        var heads = ((SemanticClassifier)semantic).Heads;
        // TOXICITY, INSULT, IDENTITY_ATTACK and THREAT combine, each calibrated within the searched range;
        // SEVERE_TOXICITY and PROFANITY stay lexical (SemanticTraining.CalibrateCombination says why).
        foreach (var l in new[] { ToxicityLabel.Toxicity, ToxicityLabel.Insult, ToxicityLabel.IdentityAttack, ToxicityLabel.Threat })
        {
            Assert.InRange(heads.Combine[(int)l], -15f, 3f);
        }

        Assert.True(float.IsNaN(heads.Combine[(int)ToxicityLabel.SevereToxicity]));
        Assert.True(float.IsNaN(heads.Combine[(int)ToxicityLabel.Profanity]));
    }

    [Fact]
    public void Calibration_finds_the_largest_offset_that_flags_no_more_civil_texts_than_the_lexical_tier()
    {
        const int tox = (int)ToxicityLabel.Toxicity;
        var texts = new List<CalibrationText>();
        // A dataset's civil texts: the lexical tier flags one of eleven; the semantic head leans on some of the rest.
        for (var i = 0; i < 10; i++)
        {
            texts.Add(new("wiki", true, Example.AllZero(), [0.3f, 0.05f, 0.05f, 0.05f, 0f, 0.05f], [i - 5f, 0, 0, 0, 0, 0]));
        }

        texts.Add(new("wiki", true, Example.AllZero(), [0.6f, 0.05f, 0.05f, 0.05f, 0f, 0.05f], [-9f, 0, 0, 0, 0, 0]));
        // Comment rows: one judged civil (counted), one toxic and one not judged for TOXICITY (both ignored).
        var civilRow = Example.Unknown();
        civilRow[tox] = 0;
        var toxicRow = Example.Unknown();
        toxicRow[tox] = 1;
        texts.Add(new("comments", false, civilRow, [0.3f, 0, 0, 0, 0, 0], [5f, 0, 0, 0, 0, 0]));
        texts.Add(new("comments", false, toxicRow, [0.3f, 0, 0, 0, 0, 0], [9f, 0, 0, 0, 0, 0]));
        texts.Add(new("comments", false, Example.Unknown(), [0.3f, 0, 0, 0, 0, 0], [9f, 0, 0, 0, 0, 0]));
        var heads = new SemanticHeads("calibration");
        SemanticTraining.CalibrateCombination(heads, texts, TextWriter.Null);

        int Flagged(string group, float offset)
        {
            float[] offsets = [offset, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN];
            var into = new float[ToxicityLabels.Count];
            return texts.Where(t => t.Group == group && t.CivilFor(tox)).Count(t =>
            {
                CombinedClassifier.Combine(t.Lexical, t.SemanticLogits, offsets, into);
                return into[tox] >= 0.5f;
            });
        }

        var c = heads.Combine[tox];
        // The civil comment row binds (the wiki texts alone would allow an offset near −2.15, flagging one of them), and
        // the offset is the largest that keeps it unflagged; the toxic and the unjudged row would have bound near −8.15.
        // The offset shipped is that one less the safety margin.
        Assert.Equal((0, 0), (Flagged("wiki", c), Flagged("comments", c)));
        Assert.Equal(0, Flagged("comments", c + SemanticTraining.Margin - 0.01f));
        Assert.Equal(1, Flagged("comments", c + SemanticTraining.Margin + 0.01f));
        Assert.InRange(c + SemanticTraining.Margin, -4.2f, -4.1f);
        Assert.True(float.IsNaN(heads.Combine[(int)ToxicityLabel.Profanity]));

        // Two civil texts that SEVERE_TOXICITY's lift flags for TOXICITY whatever the offset (the lexical tier flags one
        // wiki text, not these: their TOXICITY is 0.3): TOXICITY cannot be calibrated, so no label combines.
        for (var i = 0; i < 2; i++)
        {
            texts.Add(new("wiki", true, Example.AllZero(), [0.3f, 0.9f, 0.05f, 0.05f, 0f, 0.05f], [0, 0, 0, 0, 0, 0]));
        }

        SemanticTraining.CalibrateCombination(heads, texts, TextWriter.Null);
        Assert.All(heads.Combine, o => Assert.True(float.IsNaN(o)));
    }

    [Fact]
    public void Combined_tier_flags_an_insult_and_leaves_war_news_alone()
    {
        var combined = TryLoad(ToxicityClassifiers.LoadCombined)!;

        Assert.True(combined.Score("you are a m0r0n and your brain is mush").IsFlagged(ToxicityLabel.Toxicity));
        Assert.False(combined.Score("The coalition vowed to destroy the militants' last stronghold.").IsFlagged(ToxicityLabel.Toxicity));
        Assert.StartsWith("combined:", combined.ModelVersion, StringComparison.Ordinal);
    }
}
