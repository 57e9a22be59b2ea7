namespace Parley.Classifier.Tests;

/// <summary>The shipped default model, its thresholds and the flag assertions the behaviour tests share.</summary>
internal static class ShippedModel
{
    public static IToxicityClassifier Model => ToxicityClassifiers.LoadDefault();

    public static float Threshold(ToxicityLabel label) => ToxicityClassifiers.DefaultThreshold(label);

    public static void AssertFlagged(string text, params ToxicityLabel[] labels)
    {
        var result = Model.Score(text);
        foreach (var label in labels)
        {
            Assert.True(result[label] >= Threshold(label), $"{label.ApiName()} = {result[label]:F2} for: {text}");
        }
    }

    /// <summary>IDENTITY_ATTACK and TOXICITY flagged, with an IDENTITY_ATTACK span over <paramref name="word"/>.</summary>
    public static void AssertIdentityAttackExplainedBy(string text, string word)
    {
        var result = Model.Score(text);

        Assert.True(result[ToxicityLabel.IdentityAttack] >= Threshold(ToxicityLabel.IdentityAttack), $"IDENTITY_ATTACK {result[ToxicityLabel.IdentityAttack]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {result[ToxicityLabel.Toxicity]:F2}");
        var at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.Contains(result.Spans[(int)ToxicityLabel.IdentityAttack], s => s.Begin <= at && at < s.End);
    }

    public static void AssertNotFlagged(string text, params ToxicityLabel[] labels)
    {
        var result = Model.Score(text);
        foreach (var label in labels)
        {
            Assert.True(result[label] < Threshold(label), $"{label.ApiName()} = {result[label]:F2} for: {text}");
        }
    }
}
