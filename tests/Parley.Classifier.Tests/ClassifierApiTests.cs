namespace Parley.Classifier.Tests;

public class ClassifierApiTests
{
    [Fact]
    public void Default_model_is_loaded_once_and_versioned()
    {
        Assert.Same(ToxicityClassifiers.LoadDefault(), ToxicityClassifiers.LoadDefault());
        Assert.StartsWith("parley-", ToxicityClassifiers.LoadDefault().ModelVersion);
        Assert.Equal(ToxicityLabels.Count, ToxicityClassifiers.DefaultThresholds.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("a")]
    public void Degenerate_input_scores_in_range(string text)
    {
        var r = ToxicityClassifiers.LoadDefault().Score(text);
        Assert.All(r.Scores, s => Assert.InRange(s, 0f, 1f));
    }

    [Fact]
    public void Spans_point_at_the_original_obfuscated_text()
    {
        const string text = "Honestly, you are an 1d10t and a m\u200Bo\u200Br\u200Bo\u200Bn.";
        var r = ToxicityClassifiers.LoadDefault().Score(text);
        var spans = r.Spans[(int)ToxicityLabel.Insult];
        Assert.NotEmpty(spans);
        var covered = string.Join("|", spans.Select(s => text[s.Begin..s.End]));
        Assert.Contains("1d10t", covered);
        Assert.Contains("m\u200Bo\u200Br\u200Bo\u200Bn", covered);
        Assert.DoesNotContain("Honestly", covered);
        Assert.All(spans, s => Assert.True(s.Contribution > 0));
    }

    [Fact]
    public void Scoring_is_thread_safe()
    {
        var model = ToxicityClassifiers.LoadDefault();
        var texts = new[] { "you are a moron", "lovely weather today", "I will hurt you", "the army attacked" };
        var expected = texts.Select(t => model.Score(t).Scores.ToArray()).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var k = i % texts.Length;
            Assert.Equal(expected[k], model.Score(texts[k]).Scores.ToArray());
        });
    }

    [Fact]
    public void Long_text_is_handled()
    {
        var text = string.Join(' ', Enumerable.Repeat("the council met on tuesday to discuss the budget.", 2000));
        var r = ToxicityClassifiers.LoadDefault().Score(text);
        Assert.True(r[ToxicityLabel.Toxicity] < 0.5f);
    }
}
