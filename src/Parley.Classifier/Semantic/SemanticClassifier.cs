using Parley.Classifier.Lexical;
using Parley.Classifier.Text;

namespace Parley.Classifier.Semantic;

/// <summary>
/// The semantic tier: MiniLM embedding of the normalised text (so obfuscation is undone first) and linear heads.
/// It has no per-token explanation, so spans come from the lexical tier.
/// </summary>
internal sealed class SemanticClassifier(MiniLmEmbedder embedder, SemanticHeads heads, LexicalClassifier lexical)
    : IToxicityClassifier
{
    public string ModelVersion => heads.Version + "+" + lexical.ModelVersion;

    internal MiniLmEmbedder Embedder => embedder;

    internal SemanticHeads Heads => heads;

    public ClassificationResult Score(string text, TextKind kind = TextKind.Comment)
    {
        var lex = lexical.Score(text, kind);
        var scores = new float[ToxicityLabels.Count];
        heads.Probabilities(embedder.Embed(SemanticInput(text, kind)), scores);
        if (kind == TextKind.DisplayName)
        {
            // Name rules (slurs, group + attack word) stay in force whatever the embedding says.
            for (var l = 0; l < scores.Length; l++)
            {
                scores[l] = Math.Max(scores[l], lex.Scores[l] >= 0.8f ? lex.Scores[l] : 0);
            }
        }

        return new ClassificationResult(ModelVersion, scores, [.. lex.Spans]);
    }

    internal static string SemanticInput(string text, TextKind kind = TextKind.Comment) =>
        TextNormalizer.Default.Normalize(text, kind).Text;
}

/// <summary>
/// Lexical first; where its score for a label is in the unsure band, that label becomes the calibrated sum of both
/// tiers' logits (<see cref="SemanticHeads.Combine"/>; a label whose offset could not be calibrated stays lexical).
/// Confident lexical decisions (most comments, and every rule that sets a score of its own) cost no embedding and stand
/// as they are.
/// </summary>
internal sealed class CombinedClassifier(LexicalClassifier lexical, SemanticClassifier semantic) : IToxicityClassifier
{
    /// <summary>The unsure band of a lexical score, inclusive.</summary>
    internal const float Low = 0.2f, High = 0.8f;

    public string ModelVersion => "combined:" + semantic.ModelVersion;

    public ClassificationResult Score(string text, TextKind kind = TextKind.Comment)
    {
        var lex = lexical.Score(text, kind);
        var heads = semantic.Heads;
        if (!Unsure(lex.Scores, heads))
        {
            return new ClassificationResult(ModelVersion, [.. lex.Scores], [.. lex.Spans]);
        }

        var emb = semantic.Embedder.Embed(SemanticClassifier.SemanticInput(text, kind));
        var scores = new float[ToxicityLabels.Count];
        for (var l = 0; l < scores.Length; l++)
        {
            var p = lex.Scores[l];
            scores[l] = p is >= Low and <= High && !float.IsNaN(heads.Combine[l]) ? Combined(p, heads, emb, l) : p;
        }

        return new ClassificationResult(ModelVersion, scores, [.. lex.Spans]);
    }

    // Whether any label the heads can combine is in the unsure band (only then is the text embedded).
    private static bool Unsure(IReadOnlyList<float> scores, SemanticHeads heads)
    {
        for (var l = 0; l < scores.Count; l++)
        {
            if (scores[l] is >= Low and <= High && !float.IsNaN(heads.Combine[l]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The combined probability of one label from the lexical probability and the embedding.</summary>
    internal static float Combined(float lexical, SemanticHeads heads, ReadOnlySpan<float> embedding, int label) =>
        LexicalClassifier.Sigmoid(Logit(lexical) + heads.Logit(embedding, label) + heads.Combine[label]);

    /// <summary>Log-odds of a probability, clamped so that a rule's 0 or 1 stays finite.</summary>
    internal static float Logit(float p)
    {
        p = Math.Clamp(p, 1e-4f, 1 - 1e-4f);
        return MathF.Log(p / (1 - p));
    }
}
