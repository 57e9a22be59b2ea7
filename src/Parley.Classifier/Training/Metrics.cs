namespace Parley.Classifier.Training;

/// <summary>Evaluation metrics.</summary>
public static class Metrics
{
    /// <summary>ROC-AUC by the rank-sum (Mann–Whitney) formula with tie correction; NaN without both classes.</summary>
    public static double RocAuc(IReadOnlyList<(float Score, bool Positive)> items)
    {
        var sorted = items.OrderBy(x => x.Score).ToArray();
        long pos = sorted.Count(x => x.Positive);
        long neg = sorted.Length - pos;
        if (pos == 0 || neg == 0)
        {
            return double.NaN;
        }

        double rankSum = 0;
        var i = 0;
        while (i < sorted.Length)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1].Score == sorted[i].Score)
            {
                j++;
            }

            var avgRank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++)
            {
                if (sorted[k].Positive)
                {
                    rankSum += avgRank;
                }
            }

            i = j + 1;
        }

        return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double)neg);
    }

    /// <summary>
    /// Mean ROC-AUC over the labels that have both classes (labels NaN = unknown, &gt; 0.5 = positive), and its
    /// percentile bootstrap interval: texts are drawn with replacement, all labels of a text together, and the mean
    /// recomputed. A held-out split with 16 THREAT positives moves its mean by 0.01 for one positive ranked
    /// differently, so a single figure cannot say on which side of a target a model lies.
    /// </summary>
    public static (double Mean, double Low, double High) MeanAucInterval(IReadOnlyList<float[]> labels,
        IReadOnlyList<float[]> scores, int resamples = 200, int seed = 2026, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, scores.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var mean = MeanAuc(labels, scores, Enumerable.Range(0, labels.Count).ToArray());
        var rng = new Random(seed);
        var draws = new double[resamples];
        var pick = new int[labels.Count];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < pick.Length; i++)
            {
                pick[i] = rng.Next(pick.Length);
            }

            draws[b] = MeanAuc(labels, scores, pick);
        }

        var valid = draws.Where(d => !double.IsNaN(d)).Order().ToArray();
        if (valid.Length == 0)
        {
            return (mean, double.NaN, double.NaN);
        }

        double At(double q) => valid[Math.Clamp((int)Math.Floor(q * valid.Length), 0, valid.Length - 1)];
        return (mean, At((1 - level) / 2), At(1 - (1 - level) / 2));
    }

    private static double MeanAuc(IReadOnlyList<float[]> labels, IReadOnlyList<float[]> scores, int[] rows)
    {
        var labelCount = labels.Count == 0 ? 0 : labels[0].Length;
        var aucs = Enumerable.Range(0, labelCount).Select(l => RocAuc(rows.Where(i => !float.IsNaN(labels[i][l]))
            .Select(i => (scores[i][l], labels[i][l] > 0.5f)).ToList())).Where(a => !double.IsNaN(a)).ToList();
        return aucs.Count == 0 ? double.NaN : aucs.Average();
    }
}
