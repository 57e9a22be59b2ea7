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
/// Lexical first; where its score for a label is in the unsure band, the semantic score is averaged in.
/// Confident lexical decisions (most comments) cost no embedding.
/// </summary>
internal sealed class CombinedClassifier(LexicalClassifier lexical, SemanticClassifier semantic, float low = 0.2f, float high = 0.8f)
    : IToxicityClassifier
{
    public string ModelVersion => "combined:" + semantic.ModelVersion;

    public ClassificationResult Score(string text, TextKind kind = TextKind.Comment)
    {
        var lex = lexical.Score(text, kind);
        if (!lex.Scores.Any(s => s >= low && s <= high))
        {
            return new ClassificationResult(ModelVersion, [.. lex.Scores], [.. lex.Spans]);
        }

        var sem = new float[ToxicityLabels.Count];
        semantic.Heads.Probabilities(semantic.Embedder.Embed(SemanticClassifier.SemanticInput(text, kind)), sem);
        var scores = new float[ToxicityLabels.Count];
        for (var l = 0; l < scores.Length; l++)
        {
            var p = lex.Scores[l];
            scores[l] = p >= low && p <= high ? (p + sem[l]) / 2 : p;
        }

        return new ClassificationResult(ModelVersion, scores, [.. lex.Spans]);
    }
}
