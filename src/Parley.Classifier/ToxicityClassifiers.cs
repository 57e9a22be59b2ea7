using Parley.Classifier.Lexical;
using Parley.Classifier.Semantic;
using Parley.Classifier.Text;

namespace Parley.Classifier;

/// <summary>Factories for the shipped classifiers, and the policy thresholds they were calibrated for.</summary>
public static class ToxicityClassifiers
{
    private static readonly Lazy<IToxicityClassifier> s_lexical = new(() => LoadLexicalFrom(OpenEmbedded("lexical.bin")));
    private static readonly Lazy<MiniLmEmbedder> s_embedder = new(() => new MiniLmEmbedder(threads: 1, EncoderLayers.LoadEmbedded()));
    private static readonly Lazy<SemanticClassifier> s_semantic = new(() => LoadSemanticFrom(OpenEmbedded("semantic-heads.bin")));
    private static readonly Lazy<IToxicityClassifier> s_combined = new(() =>
        new CombinedClassifier((LexicalClassifier)s_lexical.Value, s_semantic.Value));

    /// <summary>
    /// Default "flag" threshold per label, indexed by <see cref="ToxicityLabel"/>. Training shifts each head's
    /// bias so that 0.5 is the calibrated decision point (see docs/model-card.md), so all are 0.5.
    /// </summary>
    public static IReadOnlyList<float> DefaultThresholds { get; } = [0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f];

    public static float DefaultThreshold(ToxicityLabel label) => DefaultThresholds[(int)label];

    /// <summary>True when the label's score reaches its default threshold.</summary>
    public static bool IsFlagged(this ClassificationResult result, ToxicityLabel label) =>
        result[label] >= DefaultThreshold(label);

    /// <summary>The tier the server should use (chosen by measurement, see the model card). Loaded once, shared.</summary>
    public static IToxicityClassifier LoadDefault() => s_lexical.Value;

    /// <summary>The lexical tier alone, from the model embedded in this assembly. Loaded once, shared.</summary>
    public static IToxicityClassifier LoadLexical() => s_lexical.Value;

    /// <summary>A lexical model from a file (for evaluating a freshly trained model).</summary>
    public static IToxicityClassifier LoadLexical(string path)
    {
        using var stream = File.OpenRead(path);
        return LoadLexicalFrom(stream);
    }

    /// <summary>
    /// The semantic tier (MiniLM embeddings + heads on one hidden layer; spans from the lexical tier). Loads the 90 MB ONNX
    /// model on first use (~0.5 s) and scores ~70 comments/s per core. Loaded once, shared.
    /// </summary>
    public static IToxicityClassifier LoadSemantic() => s_semantic.Value;

    /// <summary>
    /// Both tiers on every comment (display names and comments the lexical tier scores below 0.01 everywhere stay
    /// lexical): per label, the calibrated sum of their log-odds. More accurate than the lexical tier at no more civil
    /// flags on our calibration sets, at one embedding (6–10 ms) for most comments. Loaded once, shared.
    /// </summary>
    public static IToxicityClassifier LoadCombined() => s_combined.Value;

    internal static SemanticClassifier LoadSemanticFrom(Stream stream)
    {
        using (stream)
        {
            var heads = SemanticHeads.Load(stream);
            return HeadsFitEncoder(heads.Version, s_embedder.Value.Version)
                ? new SemanticClassifier(s_embedder.Value, heads, (LexicalClassifier)s_lexical.Value)
                : throw new InvalidOperationException(
                    $"The semantic heads {heads.Version} were not trained on the encoder {s_embedder.Value.Version}: run `parley train --tier semantic` and rebuild.");
        }
    }

    internal static MiniLmEmbedder SharedEmbedder => s_embedder.Value;

    /// <summary>Whether this assembly was built with semantic heads (models/semantic-heads.bin).</summary>
    internal static bool HasSemanticHeads
    {
        get
        {
            using var stream = Resources.Open("semantic-heads.bin");
            return stream is not null;
        }
    }

    /// <summary>
    /// Heads read one encoder's embeddings: training names it in their version ("parley-semantic-{encoder}-mlp256-…",
    /// "parley-semantic-{encoder}-2026…" for linear heads), and heads of the stock encoder ("minilm") must not run on
    /// tuned layers or the reverse.
    /// </summary>
    internal static bool HeadsFitEncoder(string headsVersion, string encoderVersion)
    {
        var prefix = $"parley-semantic-{encoderVersion}-";
        return headsVersion.StartsWith(prefix, StringComparison.Ordinal) && StartsHeadsSuffix(headsVersion.AsSpan(prefix.Length));
    }

    /// <summary>What follows the encoder in a heads version: the training date (linear heads) or "mlp…".</summary>
    internal static bool StartsHeadsSuffix(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest.StartsWith("mlp", StringComparison.Ordinal));

    private static IToxicityClassifier LoadLexicalFrom(Stream stream) =>
        new LexicalClassifier(LexicalModel.Load(stream), TextNormalizer.Default);

    private static Stream OpenEmbedded(string name) =>
        Resources.Open(name) ?? throw new InvalidOperationException(
            $"The model {name} is not embedded: run `parley train` to create models/{name} and rebuild.");
}
