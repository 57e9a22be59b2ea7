namespace Parley.Classifier.Tests;

/// <summary>The semantic and combined tiers load from embedded resources and agree with the required behaviour.</summary>
public class SemanticTierTests
{
    private static IToxicityClassifier? TryLoad(Func<IToxicityClassifier> load)
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
    public void Combined_tier_skips_the_embedding_when_the_lexical_tier_is_sure()
    {
        var combined = TryLoad(ToxicityClassifiers.LoadCombined)!;
        var lexical = ToxicityClassifiers.LoadLexical();
        const string civil = "Thanks for the helpful reply, the meeting is on Tuesday.";
        Assert.Equal(lexical.Score(civil).Scores, combined.Score(civil).Scores);
    }
}
