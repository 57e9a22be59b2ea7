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

    public static void AssertNotFlagged(string text, params ToxicityLabel[] labels)
    {
        var result = Model.Score(text);
        foreach (var label in labels)
        {
            Assert.True(result[label] < Threshold(label), $"{label.ApiName()} = {result[label]:F2} for: {text}");
        }
    }
}
