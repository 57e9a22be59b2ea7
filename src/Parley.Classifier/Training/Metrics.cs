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
    /// recomputed (nearest-rank quantiles of <paramref name="resamples"/> draws). A draw in which a label loses one of
    /// its classes is discarded, so every draw averages the same labels. The interval covers the sampling of texts only,
    /// not choices made on the same split (an early-stopping epoch, a threshold). A held-out split with 16 THREAT
    /// positives moves its six-label mean by up to 0.01 for one positive ranked differently, so a single figure cannot
    /// say on which side of a target a model lies.
    /// </summary>
    public static (double Mean, double Low, double High) MeanAucInterval(IReadOnlyList<float[]> labels,
        IReadOnlyList<float[]> scores, int resamples = 2000, int seed = 2026, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, scores.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var n = labels.Count;
        var labelCount = n == 0 ? 0 : labels[0].Length;
        // Per label, the rows that know it, sorted by score once; a draw only changes how often each row counts.
        var sorted = Enumerable.Range(0, labelCount)
            .Select(l => Enumerable.Range(0, n).Where(i => !float.IsNaN(labels[i][l])).OrderBy(i => scores[i][l]).ToArray())
            .ToArray();
        var ones = Enumerable.Repeat(1, n).ToArray();
        var used = Enumerable.Range(0, labelCount).Where(l => !double.IsNaN(WeightedAuc(labels, scores, sorted[l], l, ones))).ToArray();
        if (used.Length == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var mean = used.Average(l => WeightedAuc(labels, scores, sorted[l], l, ones));
        var rng = new Random(seed);
        var draws = new List<double>(resamples);
        var count = new int[n];
        for (var b = 0; b < resamples; b++)
        {
            Array.Clear(count);
            for (var i = 0; i < n; i++)
            {
                count[rng.Next(n)]++;
            }

            var aucs = used.Select(l => WeightedAuc(labels, scores, sorted[l], l, count)).ToArray();
            if (!aucs.Any(double.IsNaN))
            {
                draws.Add(aucs.Average());
            }
        }

        if (draws.Count == 0)
        {
            return (mean, double.NaN, double.NaN);
        }

        draws.Sort();
        double Rank(double q) => draws[Math.Clamp((int)Math.Ceiling(q * draws.Count) - 1, 0, draws.Count - 1)];
        return (mean, Rank((1 - level) / 2), Rank(1 - (1 - level) / 2));
    }

    /// <summary>ROC-AUC of one label over rows sorted by score, each row counted <paramref name="weight"/> times (ties count half).</summary>
    private static double WeightedAuc(IReadOnlyList<float[]> labels, IReadOnlyList<float[]> scores, int[] sorted, int label, int[] weight)
    {
        double pos = 0, neg = 0, wins = 0;
        var i = 0;
        while (i < sorted.Length)
        {
            double groupPos = 0, groupNeg = 0;
            var j = i;
            for (; j < sorted.Length && scores[sorted[j]][label] == scores[sorted[i]][label]; j++)
            {
                var w = weight[sorted[j]];
                if (labels[sorted[j]][label] > 0.5f)
                {
                    groupPos += w;
                }
                else
                {
                    groupNeg += w;
                }
            }

            wins += groupPos * (neg + groupNeg / 2);
            pos += groupPos;
            neg += groupNeg;
            i = j;
        }

        return pos == 0 || neg == 0 ? double.NaN : wins / (pos * neg);
    }
}
