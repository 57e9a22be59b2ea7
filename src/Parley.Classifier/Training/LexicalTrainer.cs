using Parley.Classifier.Lexical;
using Parley.Classifier.Text;

namespace Parley.Classifier.Training;

/// <summary>Hyper-parameters of the lexical model (defaults are the ones the shipped model was trained with).</summary>
public sealed record LexicalTrainingOptions
{
    public int Dimension { get; init; } = 1 << 19;
    public int Epochs { get; init; } = 8;
    public float LearningRate { get; init; } = 0.05f;
    public float L2 { get; init; } = 2e-6f;
    public int Seed { get; init; } = 2026;
    public string Version { get; init; } = "parley-lexical";

    /// <summary>Highest acceptable share of civil validation texts at or above the threshold, per label.</summary>
    public float CivilFalsePositiveBudget { get; init; } = 0.015f;
}

/// <summary>
/// Trains the six logistic heads with AdaGrad (per-feature learning rates suit sparse hashed n-grams). Each head
/// learns only from examples whose label is known for it. Positives are up-weighted to balance each head, the
/// epoch with the best validation AUC is kept, and each bias is then shifted so that 0.5 is the decision point.
/// </summary>
public static class LexicalTrainer
{
    private const int L = ToxicityLabels.Count;

    internal static LexicalModel Train(IReadOnlyList<Example> train, IReadOnlyList<Example> validation,
        LexicalTrainingOptions o, TextWriter log)
    {
        var model = new LexicalModel(o.Dimension, o.Version);
        var trainSet = Featurize(train, o.Dimension);
        var validSet = Featurize(validation, o.Dimension);
        var classWeight = ClassWeights(train);
        log.WriteLine($"  positive weights: {string.Join(", ", classWeight.Select(w => w.ToString("F2")))}");
        var g2 = new float[model.Weights.Length];
        var biasG2 = new float[L];
        var best = (Auc: -1.0, Weights: (float[])model.Weights.Clone(), Bias: (float[])model.Bias.Clone());
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(o.Seed);
        Span<float> logits = stackalloc float[L];
        Span<float> grad = stackalloc float[L];
        for (var epoch = 1; epoch <= o.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var i in order)
            {
                var ex = train[i];
                var feats = trainSet[i];
                model.Logits(feats, logits, []);
                var any = false;
                for (var l = 0; l < L; l++)
                {
                    var y = ex.Labels[l];
                    grad[l] = float.IsNaN(y) ? 0 : (LexicalClassifier.Sigmoid(logits[l]) - y) * ex.Weight * (y > 0.5f ? classWeight[l] : 1f);
                    any |= grad[l] != 0;
                }

                if (!any)
                {
                    continue;
                }

                for (var l = 0; l < L; l++)
                {
                    biasG2[l] += grad[l] * grad[l];
                    model.Bias[l] -= o.LearningRate * grad[l] / (MathF.Sqrt(biasG2[l]) + 1e-6f);
                }

                foreach (var f in feats)
                {
                    var b = f.Index * L;
                    for (var l = 0; l < L; l++)
                    {
                        if (grad[l] == 0)
                        {
                            continue;
                        }

                        var g = grad[l] * f.Value + o.L2 * model.Weights[b + l];
                        g2[b + l] += g * g;
                        model.Weights[b + l] -= o.LearningRate * g / (MathF.Sqrt(g2[b + l]) + 1e-6f);
                    }
                }
            }

            var aucs = ValidationAucs(model, validation, validSet);
            var mean = aucs.Where(a => !double.IsNaN(a)).Average();
            log.WriteLine($"  epoch {epoch}: validation AUC per label {string.Join(" ", aucs.Select(a => a.ToString("F3")))} mean {mean:F4}");
            if (mean > best.Auc)
            {
                best = (mean, (float[])model.Weights.Clone(), (float[])model.Bias.Clone());
            }
        }

        best.Weights.CopyTo(model.Weights, 0);
        best.Bias.CopyTo(model.Bias, 0);
        Calibrate(model, validation, validSet, o, log);
        return model;
    }

    internal static List<Feature>[] Featurize(IReadOnlyList<Example> examples, int dimension)
    {
        var result = new List<Feature>[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var norm = TextNormalizer.Default.Normalize(examples[i].Text);
            result[i] = new List<Feature>();
            Features.Extract(norm, TextNormalizer.Default.Lexicon, dimension, result[i]);
            result[i].TrimExcess();
        }

        return result;
    }

    /// <summary>sqrt(negatives / positives) per label, capped: balances rare heads without exploding them.</summary>
    private static float[] ClassWeights(IReadOnlyList<Example> train)
    {
        var w = new float[L];
        for (var l = 0; l < L; l++)
        {
            double pos = 0, neg = 0;
            foreach (var e in train)
            {
                var y = e.Labels[l];
                if (!float.IsNaN(y))
                {
                    if (y > 0.5f)
                    {
                        pos += e.Weight;
                    }
                    else
                    {
                        neg += e.Weight;
                    }
                }
            }

            w[l] = pos > 0 ? (float)Math.Clamp(Math.Sqrt(neg / pos), 1, 6) : 1;
        }

        return w;
    }

    private static double[] ValidationAucs(LexicalModel model, IReadOnlyList<Example> examples, List<Feature>[] feats)
    {
        var z = Logits(model, feats);
        var result = new double[L];
        for (var l = 0; l < L; l++)
        {
            var pairs = Enumerable.Range(0, examples.Count).Where(i => !float.IsNaN(examples[i].Labels[l]))
                .Select(i => (z[i][l], examples[i].Labels[l] > 0.5f)).ToList();
            result[l] = Metrics.RocAuc(pairs);
        }

        return result;
    }

    private static float[][] Logits(LexicalModel model, List<Feature>[] feats)
    {
        var z = new float[feats.Length][];
        for (var i = 0; i < feats.Length; i++)
        {
            z[i] = new float[L];
            model.Logits(feats[i], z[i], []);
        }

        return z;
    }

    /// <summary>
    /// The logit that keeps every civil source's validation false-positive rate within budget (per source, so the
    /// large Wikipedia set cannot hide a worse rate on Reddit).
    /// </summary>
    internal static float CivilThreshold(IReadOnlyList<Example> valid, Func<int, float> logit, float budget)
    {
        var t = float.MinValue;
        foreach (var source in Enumerable.Range(0, valid.Count).Where(i => valid[i].Civil).GroupBy(i => valid[i].Source))
        {
            var z = source.Select(logit).Order().ToList();
            t = Math.Max(t, z[Math.Clamp((int)Math.Ceiling(z.Count * (1 - budget)), 0, z.Count - 1)]);
        }

        return t;
    }

    /// <summary>
    /// Moves each head's decision point to logit 0: the larger of the F1-optimal validation threshold and the
    /// threshold that keeps civil validation texts' false-positive rate within budget.
    /// </summary>
    private static void Calibrate(LexicalModel model, IReadOnlyList<Example> valid, List<Feature>[] feats,
        LexicalTrainingOptions o, TextWriter log)
    {
        var z = Logits(model, feats);
        for (var l = 0; l < L; l++)
        {
            var known = Enumerable.Range(0, valid.Count).Where(i => !float.IsNaN(valid[i].Labels[l]))
                .Select(i => (Z: z[i][l], Y: valid[i].Labels[l] > 0.5f)).OrderByDescending(p => p.Z).ToList();
            var positives = known.Count(p => p.Y);
            float bestF1 = -1, tF1 = 0;
            var tp = 0;
            for (var k = 0; k < known.Count; k++)
            {
                tp += known[k].Y ? 1 : 0;
                var f1 = 2f * tp / (k + 1 + positives);
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    tF1 = known[k].Z;
                }
            }

            var tCivil = CivilThreshold(valid, i => z[i][l], o.CivilFalsePositiveBudget);
            var t = Math.Max(tF1, tCivil);
            model.Bias[l] -= t;
            log.WriteLine($"  calibrate {ToxicityLabels.All[l].ApiName()}: F1-optimal logit {tF1:F2} (F1 {bestF1:F3}), civil-budget logit {tCivil:F2} → shift {t:F2}");
        }
    }
}
