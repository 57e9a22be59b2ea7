namespace Parley.Classifier;

/// <summary>A stretch of the original text (UTF-16 offsets, end exclusive) that drives a label's score.</summary>
public readonly record struct SpanScore(int Begin, int End, float Contribution);

/// <summary>What <see cref="IToxicityClassifier.Score"/> returns: six probabilities, spans per label, model version.</summary>
public sealed class ClassificationResult
{
    public ClassificationResult(string modelVersion, float[] scores, IReadOnlyList<SpanScore>[] spans)
    {
        if (scores.Length != ToxicityLabels.Count || spans.Length != ToxicityLabels.Count)
        {
            throw new ArgumentException("One score and one span list per label are required.");
        }

        ModelVersion = modelVersion;
        Scores = scores;
        Spans = spans;
    }

    public string ModelVersion { get; }

    /// <summary>Indexed by <see cref="ToxicityLabel"/>.</summary>
    public IReadOnlyList<float> Scores { get; }

    /// <summary>Indexed by <see cref="ToxicityLabel"/>; spans sorted by begin offset.</summary>
    public IReadOnlyList<IReadOnlyList<SpanScore>> Spans { get; }

    public float this[ToxicityLabel label] => Scores[(int)label];
}
