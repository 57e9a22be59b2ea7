using Parley.Classifier.Lexical;

namespace Parley.Classifier.Training;

/// <summary>
/// A second copy of one head, trained beside the model on the same rows in the same order plus rows of its own, with
/// the same AdaGrad rule (a near-copy of the step in <c>LexicalTrainer.TrainOnce</c>, kept bit-exact: with rows of
/// weight 0 the trainer writes the same model file, <c>ShadowHeadTests</c>). The heads of the lexical model share
/// nothing but the training order and the epoch that early stopping keeps, so teaching one head from extra rows this
/// way leaves the weights of every head without a shadow exactly as they were (their thresholds still come from the
/// civil budget afterwards, which reads all six). The model's own copy of the head still trains without the extra
/// rows: its validation AUC votes on the kept epoch (and is the one the training log prints). Added to the training
/// list instead, the insult sets reordered the shuffle and moved the kept epoch, and 20 civil sentences of our
/// behaviour tests crossed a threshold, most of them TOXICITY on a named group ("Kurds want to go home." 0.13 → 0.71),
/// though not one of the rows taught TOXICITY (model card, "Insults as training data"). The trainer keeps one per head
/// that extra rows teach; only INSULT's ships (THREAT and IDENTITY_ATTACK were measured: model card, "Threats and
/// identity attacks as training data").
/// </summary>
internal sealed class ShadowHead(int dimension, int sources)
{
    public float[] Weights { get; } = new float[dimension];
    public float Bias { get; private set; }
    private readonly float[] _g2 = new float[dimension];
    private float _biasG2;
    private readonly float[] _sourceBias = new float[sources];
    private readonly float[] _sourceG2 = new float[sources];

    /// <summary>One AdaGrad step on a row, as <c>LexicalTrainer.TrainOnce</c> takes it for every head.</summary>
    /// <param name="source">Index of the row's source, or -1 where the row gets no source bias.</param>
    /// <param name="frozen">Features the step leaves alone (the group-naming ones of our own rows), or null.</param>
    /// <remarks>Each sum and product is taken in the model's own order, so that with no rows of its own the copy ends
    /// bit for bit where the model's head does.</remarks>
    public void Step(List<Feature> feats, float scale, int source, bool[]? frozen, float target, float weight, float classWeight,
        float learningRate, float l2)
    {
        var logit = Bias;
        foreach (var f in feats)
        {
            var value = f.Value * scale;
            logit += Weights[f.Index] * value;
        }

        if (source >= 0)
        {
            logit += _sourceBias[source];
        }

        var grad = (LexicalClassifier.Sigmoid(logit) - target) * weight * classWeight;
        if (grad == 0)
        {
            return;
        }

        _biasG2 += grad * grad;
        Bias -= learningRate * grad / (MathF.Sqrt(_biasG2) + 1e-6f);
        if (source >= 0)
        {
            _sourceG2[source] += grad * grad;
            _sourceBias[source] -= learningRate * grad / (MathF.Sqrt(_sourceG2[source]) + 1e-6f);
        }

        for (var k = 0; k < feats.Count; k++)
        {
            if (frozen is not null && frozen[k])
            {
                continue;
            }

            var i = feats[k].Index;
            var value = feats[k].Value * scale;
            var g = grad * value + l2 * Weights[i];
            _g2[i] += g * g;
            Weights[i] -= learningRate * g / (MathF.Sqrt(_g2[i]) + 1e-6f);
        }
    }
}
