using System.Text;
using Parley.Classifier.Lexical;

namespace Parley.Classifier.Semantic;

/// <summary>
/// Six logistic heads over a sentence embedding, either straight on the embedding (linear, trained by full-batch Adam)
/// or on a shared ReLU hidden layer (<see cref="Hidden"/> units, trained by <see cref="TrainMlp"/>); small on disk.
/// </summary>
internal sealed partial class SemanticHeads
{
    // PLS2 added the combination offsets; PLS3 offsets are calibrated for the sum on every comment (session 19), PLS2's
    // for the sum only where the lexical tier was unsure, so a PLS2 file's offsets are read and dropped, and a PLS1 file
    // has none: with either, the combined tier stays lexical until the heads are rebuilt. PLS4 adds the hidden layer
    // (its width first; 0 = linear heads, read like PLS3).
    private const string Magic = "PLS4";
    private const string MagicLinear = "PLS3";
    private const string MagicUnsureBand = "PLS2";
    private const string MagicWithoutOffsets = "PLS1";
    private const int L = ToxicityLabels.Count;
    private const int D = MiniLmEmbedder.Dimension;

    public SemanticHeads(string version, int hidden = 0)
    {
        Version = version;
        Hidden = hidden;
        HiddenWeights = new float[D * hidden];
        HiddenBias = new float[hidden];
        Weights = new float[L * (hidden > 0 ? hidden : D)];
    }

    public string Version { get; }

    /// <summary>Width of the hidden layer; 0 for heads straight on the embedding.</summary>
    public int Hidden { get; }

    /// <summary>Embedding → hidden weights, row-major by embedding dimension (<c>[d * Hidden + h]</c>).</summary>
    public float[] HiddenWeights { get; }

    public float[] HiddenBias { get; }

    /// <summary>Per label, the weights over the head's input (the hidden layer, or the embedding when there is none).</summary>
    public float[] Weights { get; }

    public float[] Bias { get; } = new float[L];

    /// <summary>
    /// Per label, the offset of the combined tier's logit sum (see SemanticTraining.CalibrateCombination); NaN, the
    /// default, leaves the label to the lexical tier, so heads never calibrated never combine.
    /// </summary>
    public float[] Combine { get; } = [.. Enumerable.Repeat(float.NaN, L)];

    public void Probabilities(ReadOnlySpan<float> embedding, Span<float> into)
    {
        Logits(embedding, into);
        for (var l = 0; l < L; l++)
        {
            into[l] = LexicalClassifier.Sigmoid(into[l]);
        }
    }

    public float Logit(ReadOnlySpan<float> e, int label)
    {
        Span<float> logits = stackalloc float[L];
        Logits(e, logits);
        return logits[label];
    }

    /// <summary>All six logits, the hidden layer computed once.</summary>
    public void Logits(ReadOnlySpan<float> e, Span<float> into)
    {
        var width = Hidden > 0 ? Hidden : D;
        scoped ReadOnlySpan<float> input = e;
        Span<float> hidden = Hidden <= 1024 ? stackalloc float[Hidden] : new float[Hidden];
        if (Hidden > 0)
        {
            HiddenLayer(e, hidden);
            input = hidden;
        }

        for (var l = 0; l < L; l++)
        {
            var w = Weights.AsSpan(l * width, width);
            var z = Bias[l];
            for (var i = 0; i < width; i++)
            {
                z += w[i] * input[i];
            }

            into[l] = z;
        }
    }

    /// <summary>ReLU(embedding · HiddenWeights + HiddenBias).</summary>
    internal void HiddenLayer(ReadOnlySpan<float> e, Span<float> into)
    {
        HiddenBias.CopyTo(into);
        for (var d = 0; d < D; d++)
        {
            Axpy(e[d], HiddenWeights.AsSpan(d * Hidden, Hidden), into);
        }

        for (var h = 0; h < into.Length; h++)
        {
            into[h] = Math.Max(into[h], 0);
        }
    }

    /// <summary>y += a · x, vectorised (the hidden layer's and its training's inner loop).</summary>
    internal static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var va = new System.Numerics.Vector<float>(a);
            for (var n = System.Numerics.Vector<float>.Count; i <= x.Length - n; i += n)
            {
                (new System.Numerics.Vector<float>(y[i..]) + (va * new System.Numerics.Vector<float>(x[i..]))).CopyTo(y[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>Per label: weighted logistic regression on the examples whose label is known (NaN = unknown).</summary>
    public static SemanticHeads Train(IReadOnlyList<float[]> x, IReadOnlyList<float[]> y, IReadOnlyList<float> weight,
        string version, int iterations = 400, float l2 = 1e-4f)
    {
        var heads = new SemanticHeads(version);
        for (var l = 0; l < L; l++)
        {
            var idx = Enumerable.Range(0, x.Count).Where(i => !float.IsNaN(y[i][l])).ToArray();
            double pos = idx.Where(i => y[i][l] > 0.5f).Sum(i => weight[i]);
            double neg = idx.Where(i => y[i][l] <= 0.5f).Sum(i => weight[i]);
            if (pos == 0 || neg == 0)
            {
                continue;
            }

            var posWeight = (float)Math.Clamp(Math.Sqrt(neg / pos), 1, 6);
            var w = new double[D + 1];
            var m = new double[D + 1];
            var v = new double[D + 1];
            var grad = new double[D + 1];
            var total = idx.Sum(i => weight[i] * (y[i][l] > 0.5f ? posWeight : 1));
            for (var it = 1; it <= iterations; it++)
            {
                Array.Clear(grad);
                foreach (var i in idx)
                {
                    var z = w[D];
                    for (var d = 0; d < D; d++)
                    {
                        z += w[d] * x[i][d];
                    }

                    var p = 1 / (1 + Math.Exp(-z));
                    var g = (p - y[i][l]) * weight[i] * (y[i][l] > 0.5f ? posWeight : 1) / total;
                    for (var d = 0; d < D; d++)
                    {
                        grad[d] += g * x[i][d];
                    }

                    grad[D] += g;
                }

                for (var d = 0; d <= D; d++)
                {
                    var gd = grad[d] + (d < D ? l2 * w[d] : 0);
                    m[d] = 0.9 * m[d] + 0.1 * gd;
                    v[d] = 0.999 * v[d] + 0.001 * gd * gd;
                    var mh = m[d] / (1 - Math.Pow(0.9, it));
                    var vh = v[d] / (1 - Math.Pow(0.999, it));
                    w[d] -= 0.05 * mh / (Math.Sqrt(vh) + 1e-8);
                }
            }

            for (var d = 0; d < D; d++)
            {
                heads.Weights[l * D + d] = (float)w[d];
            }

            heads.Bias[l] = (float)w[D];
        }

        return heads;
    }

    public void Save(Stream stream)
    {
        using var bw = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        bw.Write(Magic);
        bw.Write(Version);
        bw.Write(Hidden);
        foreach (var v in Bias.Concat(Combine).Concat(HiddenWeights).Concat(HiddenBias).Concat(Weights))
        {
            bw.Write(v);
        }
    }

    public static SemanticHeads Load(Stream stream)
    {
        using var br = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = br.ReadString();
        if (magic is not (Magic or MagicLinear or MagicUnsureBand or MagicWithoutOffsets))
        {
            throw new InvalidDataException($"Not a Parley semantic-heads file ({Magic}): rebuild it with `parley train --tier semantic`.");
        }

        var version = br.ReadString();
        var hidden = magic == Magic ? br.ReadInt32() : 0;
        if (hidden is < 0 or > 4096)
        {
            throw new InvalidDataException($"Semantic-heads file with a hidden layer of {hidden} units: rebuild it with `parley train --tier semantic`.");
        }

        var heads = new SemanticHeads(version, hidden);
        Read(br, heads.Bias);
        for (var l = 0; l < L && magic != MagicWithoutOffsets; l++)
        {
            var offset = br.ReadSingle();
            heads.Combine[l] = magic is Magic or MagicLinear ? offset : float.NaN;
        }

        Read(br, heads.HiddenWeights);
        Read(br, heads.HiddenBias);
        Read(br, heads.Weights);
        return heads;
    }

    private static void Read(BinaryReader br, float[] into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = br.ReadSingle();
        }
    }
}
