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
}
