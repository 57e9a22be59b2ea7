using System.Text;
using Parley.Classifier.Lexical;

namespace Parley.Classifier.Semantic;

/// <summary>Six logistic heads over a sentence embedding; trained by full-batch Adam, tiny on disk.</summary>
internal sealed class SemanticHeads
{
    // PLS2 added the combination offsets; PLS3 offsets are calibrated for the sum on every comment (session 19), PLS2's
    // for the sum only where the lexical tier was unsure, so a PLS2 file's offsets are read and dropped, and a PLS1 file
    // has none: with either, the combined tier stays lexical until the heads are rebuilt.
    private const string Magic = "PLS3";
    private const string MagicUnsureBand = "PLS2";
    private const string MagicWithoutOffsets = "PLS1";
    private const int L = ToxicityLabels.Count;
    private const int D = MiniLmEmbedder.Dimension;

    public SemanticHeads(string version) => Version = version;

    public string Version { get; }

    public float[] Weights { get; } = new float[L * D];

    public float[] Bias { get; } = new float[L];

    /// <summary>
    /// Per label, the offset of the combined tier's logit sum (see SemanticTraining.CalibrateCombination); NaN, the
    /// default, leaves the label to the lexical tier, so heads never calibrated never combine.
    /// </summary>
    public float[] Combine { get; } = [.. Enumerable.Repeat(float.NaN, L)];

    public void Probabilities(ReadOnlySpan<float> embedding, Span<float> into)
    {
        for (var l = 0; l < L; l++)
        {
            into[l] = LexicalClassifier.Sigmoid(Logit(embedding, l));
        }
    }

    public float Logit(ReadOnlySpan<float> e, int label)
    {
        var z = Bias[label];
        var w = Weights.AsSpan(label * D, D);
        for (var d = 0; d < D; d++)
        {
            z += w[d] * e[d];
        }

        return z;
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
        foreach (var b in Bias.Concat(Combine))
        {
            bw.Write(b);
        }

        foreach (var w in Weights)
        {
            bw.Write(w);
        }
    }

    public static SemanticHeads Load(Stream stream)
    {
        using var br = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var magic = br.ReadString();
        if (magic is not (Magic or MagicUnsureBand or MagicWithoutOffsets))
        {
            throw new InvalidDataException($"Not a Parley semantic-heads file ({Magic}): rebuild it with `parley train --tier semantic`.");
        }

        var heads = new SemanticHeads(br.ReadString());
        for (var l = 0; l < L; l++)
        {
            heads.Bias[l] = br.ReadSingle();
        }

        for (var l = 0; l < L && magic != MagicWithoutOffsets; l++)
        {
            var offset = br.ReadSingle();
            heads.Combine[l] = magic == Magic ? offset : float.NaN;
        }

        for (var i = 0; i < heads.Weights.Length; i++)
        {
            heads.Weights[i] = br.ReadSingle();
        }

        return heads;
    }
}
