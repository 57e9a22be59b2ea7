namespace Parley.Classifier.Training;

/// <summary>Which part of the data an example belongs to (deterministic by text hash, per source).</summary>
public enum Split
{
    Train,
    Validation,
    Test,
}

/// <summary>
/// One training/evaluation text. <see cref="Labels"/> holds 0/1 per <see cref="ToxicityLabel"/>, or NaN where the
/// source says nothing about that label (each head only learns from data that speaks to it).
/// </summary>
public sealed class Example(string source, string text, float[] labels, float weight = 1f, bool civil = false)
{
    public string Source { get; } = source;

    public string Text { get; } = text;

    public float[] Labels { get; } = labels;

    public float Weight { get; } = weight;

    /// <summary>Clearly civil text (used for the false-positive-rate measurement).</summary>
    public bool Civil { get; } = civil;

    public Split Split { get; set; }

    /// <summary>
    /// Soft training targets where they differ from <see cref="Labels"/> (null: the same): a judgement the raters
    /// split on. Only `parley train --soft-targets` fits them; evaluation reads <see cref="Labels"/> only.
    /// </summary>
    public float[]? Targets { get; init; }

    /// <summary>
    /// ToxicSpans only: each rater's THREAT spans in <see cref="Text"/> (null: none, or another source), for
    /// <see cref="SpanSentences"/>.
    /// </summary>
    public IReadOnlyList<(int Start, int End, string Rater)>? ThreatSpans { get; init; }

    /// <summary>The training target for one label (NaN: not trained).</summary>
    public float Target(int label) => (Targets ?? Labels)[label];

    public static float[] Unknown() => [float.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN];

    public static float[] AllZero() => [0, 0, 0, 0, 0, 0];
}
