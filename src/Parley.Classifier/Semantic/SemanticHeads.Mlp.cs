namespace Parley.Classifier.Semantic;

internal sealed partial class SemanticHeads
{
    /// <summary>
    /// Six heads on one shared ReLU hidden layer, trained by mini-batch Adam with dropout on the hidden units; each head
    /// learns only from the examples whose label is known (NaN = unknown), weighted like <see cref="Train"/> (a row's
    /// weight, positives up-weighted by √(negatives / positives) within 1–6). Why a hidden layer: the linear heads read a
    /// sentence's topic, so "My boss will kill me if I'm late" leaned to THREAT (0.9) as much as a threat did; in a
    /// session-19 experiment on the same embeddings, a 256-unit layer raised the semantic TOXICITY ROC-AUC on our fresh
    /// comment sets from 0.876 to 0.915 and the combined tier's attacks caught at the same civil budget (model card,
    /// "Tiers compared"). Deterministic for a seed on one runtime and platform (MathF may round differently elsewhere):
    /// the batch is split into two fixed halves whose gradients are summed in order, and the dropout masks are drawn
    /// before the halves run.
    /// </summary>
    public static SemanticHeads TrainMlp(IReadOnlyList<float[]> x, IReadOnlyList<float[]> y, IReadOnlyList<float> weight,
        string version, int hidden = 256, int epochs = 30, int batch = 256, float rate = 1e-3f, float l2 = 1e-4f,
        float dropout = 0.2f, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hidden);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        if (dropout is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout, "a share of hidden units, at least 0 and under 1");
        }

        var heads = new SemanticHeads(version, hidden);
        var rng = new Random(seed);
        for (var i = 0; i < heads.HiddenWeights.Length; i++)
        {
            heads.HiddenWeights[i] = Gaussian(rng) * MathF.Sqrt(2f / D);
        }

        for (var i = 0; i < heads.Weights.Length; i++)
        {
            heads.Weights[i] = Gaussian(rng) * MathF.Sqrt(1f / hidden);
        }

        // Per example and label, the loss weight (0 where the label is unknown), normalised per label so that each head
        // weighs the same whatever its number of known examples.
        var n = x.Count;
        var lossWeight = new float[n * L];
        var total = new double[L];
        for (var l = 0; l < L; l++)
        {
            var known = Enumerable.Range(0, n).Where(i => !float.IsNaN(y[i][l])).ToList();
            var pos = known.Where(i => y[i][l] > 0.5f).Sum(i => (double)weight[i]);
            var neg = known.Where(i => y[i][l] <= 0.5f).Sum(i => (double)weight[i]);
            if (pos == 0 || neg == 0)
            {
                // No data to learn from: a head that says nothing (logit = bias = 0), as the linear Train leaves it.
                Array.Clear(heads.Weights, l * hidden, hidden);
                continue;
            }

            var posWeight = (float)Math.Clamp(Math.Sqrt(neg / pos), 1, 6);
            foreach (var i in known)
            {
                lossWeight[i * L + l] = weight[i] * (y[i][l] > 0.5f ? posWeight : 1);
                total[l] += lossWeight[i * L + l];
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var l = 0; l < L; l++)
            {
                lossWeight[i * L + l] = total[l] > 0 ? (float)(lossWeight[i * L + l] / total[l] * n / L) : 0;
            }
        }

        var parameters = new[] { heads.HiddenWeights, heads.HiddenBias, heads.Weights, heads.Bias };
        var adam = new Adam(parameters, rate);
        var halves = new[] { new Gradients(heads), new Gradients(heads) };
        var order = Enumerable.Range(0, n).ToArray();
        var mask = new float[batch * hidden];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            for (var start = 0; start < n; start += batch)
            {
                var size = Math.Min(batch, n - start);
                for (var i = 0; i < size * hidden; i++)
                {
                    mask[i] = rng.NextSingle() < dropout ? 0 : 1 / (1 - dropout);
                }

                var scale = 1f / size;
                Parallel.For(0, 2, half =>
                {
                    var g = halves[half];
                    g.Clear();
                    var (from, to) = half == 0 ? (0, size / 2) : (size / 2, size);
                    for (var b = from; b < to; b++)
                    {
                        var i = order[start + b];
                        g.Accumulate(heads, x[i], y[i], lossWeight.AsSpan(i * L, L), mask.AsSpan(b * hidden, hidden), scale);
                    }
                });
                halves[0].Add(halves[1]);
                halves[0].AddDecay(heads, l2);
                adam.Step([halves[0].HiddenWeights, halves[0].HiddenBias, halves[0].Weights, halves[0].Bias]);
            }
        }

        return heads;
    }

    private static float Gaussian(Random rng) =>
        MathF.Sqrt(-2 * MathF.Log(1 - rng.NextSingle())) * MathF.Cos(2 * MathF.PI * rng.NextSingle());

    /// <summary>One half-batch's gradients, and the forward and backward pass of one example into them.</summary>
    internal sealed class Gradients(SemanticHeads shape)
    {
        private readonly float[] _hidden = new float[shape.Hidden];
        private readonly float[] _back = new float[shape.Hidden];

        public float[] HiddenWeights { get; } = new float[shape.HiddenWeights.Length];

        public float[] HiddenBias { get; } = new float[shape.HiddenBias.Length];

        public float[] Weights { get; } = new float[shape.Weights.Length];

        public float[] Bias { get; } = new float[L];

        public void Clear()
        {
            Array.Clear(HiddenWeights);
            Array.Clear(HiddenBias);
            Array.Clear(Weights);
            Array.Clear(Bias);
        }

        public void Accumulate(SemanticHeads heads, float[] x, float[] y, ReadOnlySpan<float> lossWeight, ReadOnlySpan<float> mask,
            float scale)
        {
            var h = heads.Hidden;
            heads.HiddenLayer(x, _hidden);
            for (var j = 0; j < h; j++)
            {
                _hidden[j] *= mask[j];
            }

            Array.Clear(_back);
            for (var l = 0; l < L; l++)
            {
                if (lossWeight[l] == 0)
                {
                    continue;
                }

                var w = heads.Weights.AsSpan(l * h, h);
                var z = heads.Bias[l];
                for (var j = 0; j < h; j++)
                {
                    z += w[j] * _hidden[j];
                }

                // d(weighted cross-entropy)/dz = (p − y) · weight.
                var g = (Lexical.LexicalClassifier.Sigmoid(z) - y[l]) * lossWeight[l] * scale;
                Bias[l] += g;
                Axpy(g, _hidden, Weights.AsSpan(l * h, h));
                Axpy(g, w, _back);
            }

            for (var j = 0; j < h; j++)
            {
                // Through the dropout mask and the ReLU (a dropped or inactive unit passes nothing back).
                _back[j] = _hidden[j] > 0 ? _back[j] * mask[j] : 0;
            }

            for (var j = 0; j < h; j++)
            {
                HiddenBias[j] += _back[j];
            }

            for (var d = 0; d < D; d++)
            {
                if (x[d] != 0)
                {
                    Axpy(x[d], _back, HiddenWeights.AsSpan(d * h, h));
                }
            }
        }

        public void Add(Gradients other)
        {
            Axpy(1, other.HiddenWeights, HiddenWeights);
            Axpy(1, other.HiddenBias, HiddenBias);
            Axpy(1, other.Weights, Weights);
            Axpy(1, other.Bias, Bias);
        }

        /// <summary>L2 decay on the weights (not the biases).</summary>
        public void AddDecay(SemanticHeads heads, float l2)
        {
            Axpy(l2, heads.HiddenWeights, HiddenWeights);
            Axpy(l2, heads.Weights, Weights);
        }
    }

    /// <summary>Adam (β 0.9 / 0.999) over a fixed list of parameter arrays.</summary>
    private sealed class Adam(float[][] parameters, float rate)
    {
        private readonly float[][] _m = [.. parameters.Select(p => new float[p.Length])];
        private readonly float[][] _v = [.. parameters.Select(p => new float[p.Length])];
        private int _t;

        public void Step(float[][] gradients)
        {
            _t++;
            var c1 = 1 - MathF.Pow(0.9f, _t);
            var c2 = 1 - MathF.Pow(0.999f, _t);
            for (var k = 0; k < parameters.Length; k++)
            {
                var (p, g, m, v) = (parameters[k], gradients[k], _m[k], _v[k]);
                for (var i = 0; i < p.Length; i++)
                {
                    m[i] = (0.9f * m[i]) + (0.1f * g[i]);
                    v[i] = (0.999f * v[i]) + (0.001f * g[i] * g[i]);
                    p[i] -= rate * (m[i] / c1) / (MathF.Sqrt(v[i] / c2) + 1e-8f);
                }
            }
        }
    }
}
