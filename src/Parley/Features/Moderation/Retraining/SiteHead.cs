using Parley.Classifier;
using Parley.Classifier.Text;

namespace Parley.Features.Moderation.Retraining;

/// <summary>
/// A site's own head on top of the shipped model: a logistic regression over the shipped model's six
/// logits plus hashed word unigrams and bigrams of the normalised text, predicting "this site's moderators
/// reject it". It learns what the site's moderators reject that the shipped model misses (and forgives
/// what they keep), while the shipped logits carry everything the big model already knows.
/// </summary>
internal sealed class SiteHead
{
    public const int HashBits = 16;
    private const int Dimension = 1 << HashBits;
    private const int ShippedFeatures = ToxicityLabels.Count;

    private readonly float[] _weights;

    private SiteHead(float[] weights, string version)
    {
        _weights = weights;
        Version = version;
    }

    public string Version { get; }

    /// <summary>Probability that the site's moderators would reject the text.</summary>
    public float Predict(string text, ClassificationResult shipped)
    {
        double z = _weights[^1];
        foreach (var (index, value) in Features(text, shipped))
        {
            z += _weights[index] * value;
        }

        return (float)(1 / (1 + Math.Exp(-z)));
    }

    /// <summary>Fits with AdaGrad on log loss, L2-regularised; deterministic for the same examples.</summary>
    public static SiteHead Train(IReadOnlyList<(string Text, ClassificationResult Shipped, bool Rejected)> examples, string version, int epochs = 12)
    {
        var w = new float[ShippedFeatures + Dimension + 1];
        var g2 = new float[w.Length];
        const float rate = 0.3f, l2 = 1e-5f;
        var featureSets = examples.Select(e => Features(e.Text, e.Shipped).ToArray()).ToArray();
        var positives = examples.Count(e => e.Rejected);
        var weightPos = positives == 0 ? 1f : examples.Count / (2f * positives);
        var weightNeg = positives == examples.Count ? 1f : examples.Count / (2f * (examples.Count - positives));
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(17);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                double z = w[^1];
                foreach (var (index, value) in featureSets[i])
                {
                    z += w[index] * value;
                }

                var y = examples[i].Rejected ? 1f : 0f;
                var grad = (float)((1 / (1 + Math.Exp(-z))) - y) * (y > 0 ? weightPos : weightNeg);
                Step(w, g2, w.Length - 1, grad, rate, 0);
                foreach (var (index, value) in featureSets[i])
                {
                    Step(w, g2, index, grad * value, rate, l2);
                }
            }
        }

        return new SiteHead(w, version);
    }

    public byte[] Serialize()
    {
        var nonZero = Enumerable.Range(0, _weights.Length).Where(i => _weights[i] != 0).ToList();
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Version);
        writer.Write(_weights.Length);
        writer.Write(nonZero.Count);
        foreach (var i in nonZero)
        {
            writer.Write(i);
            writer.Write(_weights[i]);
        }

        writer.Flush();
        return stream.ToArray();
    }

    public static SiteHead Deserialize(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var version = reader.ReadString();
        var weights = new float[reader.ReadInt32()];
        var count = reader.ReadInt32();
        for (var k = 0; k < count; k++)
        {
            var i = reader.ReadInt32();
            weights[i] = reader.ReadSingle();
        }

        return new SiteHead(weights, version);
    }

    private static void Step(float[] w, float[] g2, int i, float grad, float rate, float l2)
    {
        grad += l2 * w[i];
        g2[i] += grad * grad;
        w[i] -= rate * grad / (MathF.Sqrt(g2[i]) + 1e-6f);
    }

    private static IEnumerable<(int Index, float Value)> Features(string text, ClassificationResult shipped)
    {
        for (var l = 0; l < ShippedFeatures; l++)
        {
            var p = Math.Clamp(shipped.Scores[l], 1e-4f, 1 - 1e-4f);
            yield return (l, MathF.Log(p / (1 - p)) / 4);
        }

        var norm = TextNormalizer.Default.Normalize(text);
        var seen = new HashSet<int>();
        string? previous = null;
        for (var t = 0; t < norm.TokenCount && t < 400; t++)
        {
            var token = norm.TokenText(t).ToString();
            if (seen.Add(Bucket(token)))
            {
                yield return (ShippedFeatures + Bucket(token), 1f);
            }

            if (previous is not null && seen.Add(Bucket(previous + " " + token)))
            {
                yield return (ShippedFeatures + Bucket(previous + " " + token), 1f);
            }

            previous = token;
        }
    }

    private static int Bucket(string s)
    {
        // FNV-1a: stable across processes (string.GetHashCode is randomised per process).
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h & (Dimension - 1));
    }
}
