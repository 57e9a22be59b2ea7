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
}
