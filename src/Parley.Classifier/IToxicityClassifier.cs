namespace Parley.Classifier;

/// <summary>How a text is used: a comment body, or a display name (short, scored with name-specific rules).</summary>
public enum TextKind
{
    Comment,
    DisplayName,
}

/// <summary>
/// Scores a text for the six labels. Implementations are thread-safe and loaded once; several exist
/// (lexical, semantic, combined), which is why this is an interface.
/// </summary>
public interface IToxicityClassifier
{
    string ModelVersion { get; }

    ClassificationResult Score(string text, TextKind kind = TextKind.Comment);

    /// <summary>
    /// <paramref name="result"/> (this classifier's score of <paramref name="text"/>) with spans found for those of
    /// <paramref name="labels"/> that have none, where the classifier can find more than <c>Score</c> does at its
    /// cost; the scores never change. For showing a moderator or an author why, not for deciding. By default the result
    /// comes back as it is: the lexical tier's spans are complete, and the semantic tier alone has no finer ones. It may
    /// cost far more than <c>Score</c>, so it stops with an <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> fires.
    /// </summary>
    ClassificationResult Explain(string text, ClassificationResult result, IReadOnlyCollection<ToxicityLabel> labels,
        TextKind kind = TextKind.Comment, CancellationToken cancellationToken = default) => result;
}
