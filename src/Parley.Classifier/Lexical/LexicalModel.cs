using System.IO.Compression;
using System.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Six logistic-regression heads over one hashed feature space. Weights are interleaved per feature
/// (index * 6 + label) so one feature touches one cache line for all labels. Stored as int8 with a per-label
/// scale, gzip-compressed, which keeps the artefact to a few MB.
/// </summary>
internal sealed class LexicalModel
{
    private const string Magic = "PLX2";
    private const string MagicWithoutLengthNorm = "PLX1";
    public const int Labels = ToxicityLabels.Count;

    public LexicalModel(int dimension, string version, int lengthNorm = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lengthNorm);
        if (dimension <= 0 || (dimension & (dimension - 1)) != 0)
        {
            throw new ArgumentException("Dimension must be a power of two.", nameof(dimension));
        }

        Dimension = dimension;
        Version = version;
        LengthNorm = lengthNorm;
        Weights = new float[dimension * Labels];
        Bias = new float[Labels];
    }

    public int Dimension { get; }

    /// <summary>
    /// Feature count above which a text's feature values shrink by the fourth root of LengthNorm / count (0:
    /// never). Summed unscaled, a long comment's logit grew with its length: a long civil Wikipedia or Reddit post
    /// collected enough mildly negative n-grams to outscore a short insult, and a long hate-forum post drowned its
    /// hateful sentence in neutral ones. Validation split, same features otherwise (2026-12-05): pooled mean AUC
    /// 0.936 → 0.944, every source gained (Reddit 0.889 → 0.905, Stormfront 0.860 → 0.868, ToxicSpans 0.727 →
    /// 0.739, Wikipedia 0.919 → 0.937), madlibs BPSN 0.954 → 0.971. The square root (the usual L2 normalisation)
    /// gained more there (0.948) but moved short texts: the long texts that had pushed common words ("old",
    /// "they", "never") towards civil pushed less, the short toxic tweets the same, and 15 civil sentences of
    /// our tests crossed the threshold ("We went to a Mexican restaurant" TOXICITY 0.12 → 0.75); the fourth root
    /// moved two. Past 60 features (a sentence of about five words), so display names are untouched.
    /// </summary>
    public int LengthNorm { get; }

    /// <summary>The factor every feature value of a text (or sentence) with this many features is scaled by.</summary>
    public float LengthScale(int featureCount) =>
        LengthNorm > 0 && featureCount > LengthNorm ? MathF.Sqrt(MathF.Sqrt(LengthNorm / (float)featureCount)) : 1f;

    public string Version { get; set; }

    public float[] Weights { get; }

    public float[] Bias { get; }

    /// <summary>
    /// Labels scored as the larger of the whole text and its most telling sentence. A threat or a swear word in
    /// one sentence of a long comment is what the label is about, but summed over the whole comment it was
    /// drowned by the civil sentences around it (held-out THREAT AUC 0.63 whole-text, 0.84 with the sentence
    /// maximum; SEVERE_TOXICITY 0.81 → 0.87; the validation split agrees). TOXICITY did not gain,
    /// IDENTITY_ATTACK lost (0.89 → 0.85: its evidence spans sentences), and INSULT, which gained a little,
    /// doubled the civil false positives on Reddit (short rude sentences inside civil comments).
    /// </summary>
    public static bool UsesSentenceMax(int label) =>
        label is (int)ToxicityLabel.SevereToxicity or (int)ToxicityLabel.Profanity or (int)ToxicityLabel.Threat;

    /// <summary>
    /// Labels gated by TOXICITY: where the TOXICITY logit is negative (the text looks civil), their logit drops by
    /// <see cref="GateWeight"/> times it — P(type) = P(toxic) · P(type | toxic) in spirit. These heads learn mostly
    /// from ToxicSpans, where every comment was rated toxic, so they learn "which kind of toxic", and on civil
    /// text they fire on topic words ("kill", "muslims"); TOXICITY, trained on every source, tempers that. Held-out
    /// pooled AUC with the same weights (gate 1.5 vs none): THREAT 0.84 → 0.94, SEVERE_TOXICITY 0.87 → 0.92,
    /// IDENTITY_ATTACK 0.886 → 0.905; within ToxicSpans alone, where every text is toxic and the gate only adds
    /// TOXICITY's noise, they lose (see the model card). INSULT and PROFANITY are not gated.
    /// </summary>
    public const float GateWeight = 1.5f;

    public static bool GatedByToxicity(int label) =>
        label is (int)ToxicityLabel.SevereToxicity or (int)ToxicityLabel.IdentityAttack or (int)ToxicityLabel.Threat;

    /// <summary>
    /// Final logits: <see cref="Logits"/> for the whole text, then, for the <see cref="UsesSentenceMax"/> labels,
    /// the maximum with each sentence's own logit (features that cross a sentence boundary count for neither).
    /// </summary>
    /// <param name="winner">When not empty: per label, the sentence that set its logit, or -1 for the whole text.</param>
    /// <param name="bestSentence">When not empty: per label, the highest logit of one sentence scored on its own (the
    /// whole text's where it has one sentence), before the gate, whether or not the label uses the sentence maximum.</param>
    /// <param name="bestSentenceAt">When not empty: per label, that sentence (-1 where the text has one).</param>
    public void ScoreLogits(List<Feature> features, ReadOnlySpan<int> sentenceOf, int sentences, Span<float> logits,
        Span<float> tokenContrib, Span<int> winner = default, bool gate = true, Span<float> bestSentence = default,
        Span<int> bestSentenceAt = default)
    {
        bestSentenceAt.Fill(-1);
        Logits(features, logits, tokenContrib);
        winner.Fill(-1);
        if (!bestSentence.IsEmpty)
        {
            logits.CopyTo(bestSentence);
        }

        if (sentences >= 2)
        {
            SentenceMax(features, sentenceOf, sentences, logits, winner, bestSentence, bestSentenceAt);
        }

        if (gate)
        {
            Gate(logits);
        }
    }

    /// <summary>Applies the <see cref="GatedByToxicity"/> gate to final logits (TOXICITY's own included).</summary>
    public static void Gate(Span<float> logits)
    {
        var toxicity = logits[(int)ToxicityLabel.Toxicity];
        for (var l = 0; l < Labels; l++)
        {
            if (GatedByToxicity(l))
            {
                logits[l] += GateWeight * Math.Min(0, toxicity);
            }
        }
    }

    private void SentenceMax(List<Feature> features, ReadOnlySpan<int> sentenceOf, int sentences, Span<float> logits, Span<int> winner,
        Span<float> bestSentence, Span<int> bestSentenceAt)
    {
        Span<float> perSentence = sentences * Labels <= 256 ? stackalloc float[sentences * Labels] : new float[sentences * Labels];
        Span<int> counts = sentences <= 64 ? stackalloc int[sentences] : new int[sentences];
        perSentence.Clear();
        counts.Clear();
        var w = Weights;
        foreach (var f in features)
        {
            var s = sentenceOf[f.First];
            if (sentenceOf[f.Last] != s)
            {
                continue;
            }

            counts[s]++;
            var o = f.Index * Labels;
            for (var l = 0; l < Labels; l++)
            {
                perSentence[s * Labels + l] += w[o + l] * f.Value;
            }
        }

        // Each sentence is length-normalised as a text of its own: the sentence maximum is there so that one
        // threat in a long comment counts as much as the same threat alone.
        for (var s = 0; s < sentences; s++)
        {
            var scale = LengthScale(counts[s]);
            for (var l = 0; l < Labels; l++)
            {
                perSentence[s * Labels + l] = Bias[l] + perSentence[s * Labels + l] * scale;
            }
        }

        if (!bestSentence.IsEmpty)
        {
            bestSentence.Fill(float.NegativeInfinity);
            for (var s = 0; s < sentences; s++)
            {
                for (var l = 0; l < Labels; l++)
                {
                    if (perSentence[s * Labels + l] > bestSentence[l])
                    {
                        bestSentence[l] = perSentence[s * Labels + l];
                        if (!bestSentenceAt.IsEmpty)
                        {
                            bestSentenceAt[l] = s;
                        }
                    }
                }
            }
        }

        for (var l = 0; l < Labels; l++)
        {
            if (!UsesSentenceMax(l))
            {
                continue;
            }

            for (var s = 0; s < sentences; s++)
            {
                if (perSentence[s * Labels + l] > logits[l])
                {
                    logits[l] = perSentence[s * Labels + l];
                    if (!winner.IsEmpty)
                    {
                        winner[l] = s;
                    }
                }
            }
        }
    }

    /// <summary>Raw logits for the features; optional per-token contributions [token * 6 + label].</summary>
    public void Logits(List<Feature> features, Span<float> logits, Span<float> tokenContrib)
    {
        Bias.CopyTo(logits);
        var w = Weights;
        var scale = LengthScale(features.Count);
        foreach (var f in features)
        {
            var o = f.Index * Labels;
            var span = f.Last - f.First + 1;
            var value = f.Value * scale;
            for (var l = 0; l < Labels; l++)
            {
                var c = w[o + l] * value;
                logits[l] += c;
                if (!tokenContrib.IsEmpty)
                {
                    var share = c / span;
                    for (var t = f.First; t <= f.Last; t++)
                    {
                        tokenContrib[t * Labels + l] += share;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Rounds the weights to the int8 grid <see cref="Save"/> stores (idempotent: the largest weight per label stays on
    /// the grid). The trainer calibrates after this, so the thresholds are set on the weights that ship; calibrated
    /// on float weights, the rounding moved one Reddit validation text across the threshold and the civil budget's
    /// count was off by one.
    /// </summary>
    public void Quantize()
    {
        var scales = Scales();
        for (var i = 0; i < Weights.Length; i++)
        {
            Weights[i] = Math.Clamp(MathF.Round(Weights[i] / scales[i % Labels]), -127, 127) * scales[i % Labels];
        }
    }

    private float[] Scales()
    {
        var scales = new float[Labels];
        for (var l = 0; l < Labels; l++)
        {
            var max = 0f;
            for (var i = l; i < Weights.Length; i += Labels)
            {
                max = Math.Max(max, Math.Abs(Weights[i]));
            }

            scales[l] = max > 0 ? max / 127f : 1f;
        }

        return scales;
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var bw = new BinaryWriter(gz, Encoding.UTF8);
        bw.Write(Magic);
        bw.Write(Dimension);
        bw.Write(Labels);
        bw.Write(Version);
        bw.Write(LengthNorm);
        var scales = Scales();
        for (var l = 0; l < Labels; l++)
        {
            bw.Write(Bias[l]);
            bw.Write(scales[l]);
        }

        var bytes = new byte[Weights.Length];
        for (var i = 0; i < Weights.Length; i++)
        {
            bytes[i] = (byte)(sbyte)Math.Clamp(MathF.Round(Weights[i] / scales[i % Labels]), -127, 127);
        }

        bw.Write(bytes);
    }

    public static LexicalModel Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var br = new BinaryReader(gz, Encoding.UTF8);
        var magic = br.ReadString();
        if (magic is not (Magic or MagicWithoutLengthNorm))
        {
            throw new InvalidDataException("Not a Parley lexical model.");
        }

        var dim = br.ReadInt32();
        if (br.ReadInt32() != Labels)
        {
            throw new InvalidDataException("Label count mismatch.");
        }

        var version = br.ReadString();
        // Models saved before length normalisation (PLX1) score as they were trained: unscaled.
        var lengthNorm = magic == Magic ? br.ReadInt32() : 0;
        if (lengthNorm < 0)
        {
            throw new InvalidDataException("Negative length normalisation.");
        }

        var model = new LexicalModel(dim, version, lengthNorm);
        var scales = new float[Labels];
        for (var l = 0; l < Labels; l++)
        {
            model.Bias[l] = br.ReadSingle();
            scales[l] = br.ReadSingle();
        }

        var bytes = br.ReadBytes(dim * Labels);
        if (bytes.Length != dim * Labels)
        {
            throw new InvalidDataException("Truncated model.");
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            model.Weights[i] = (sbyte)bytes[i] * scales[i % Labels];
        }

        return model;
    }
}
