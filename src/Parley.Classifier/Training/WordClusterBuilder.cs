using Parley.Classifier.Semantic;
using Parley.Classifier.Text;

namespace Parley.Classifier.Training;

/// <summary>
/// Clusters the training vocabulary by meaning: each frequent normalised word of the training split is embedded
/// alone with MiniLM and the unit vectors are grouped by spherical k-means (cosine), deterministically (fixed seed,
/// fixed order). Group names are left out: they are masked in the lexical model and must not come back as a cluster.
/// </summary>
internal static class WordClusterBuilder
{
    public static List<(string Word, int Cluster)> Build(IReadOnlyList<Example> train, int minCount, int maxWords, int k,
        int iterations, bool attackOnly, TextWriter log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ex in train)
        {
            var norm = TextNormalizer.Default.Normalize(ex.Text);
            for (var i = 0; i < norm.TokenCount; i++)
            {
                var tok = norm.TokenText(i);
                if (tok.Length < 2 || !IsWord(tok) || Lexicon.Default.Category(tok) == LexiconCategory.Identity)
                {
                    continue;
                }

                var s = tok.ToString();
                counts[s] = counts.GetValueOrDefault(s) + 1;
            }
        }

        var words = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(maxWords).Select(kv => kv.Key).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        log.WriteLine($"  {words.Length} words (of {counts.Count}) seen at least {minCount} times; embedding");
        using var embedder = new MiniLmEmbedder(threads: 2);
        var d = MiniLmEmbedder.Dimension;
        var vectors = new float[words.Length * d];
        for (var w = 0; w < words.Length; w++)
        {
            embedder.Embed(words[w]).CopyTo(vectors, w * d);
        }

        var assign = KMeans(vectors, words.Length, d, k, iterations, log);
        var rows = words.Select((w, i) => (w, assign[i])).ToList();
        if (!attackOnly)
        {
            return rows;
        }

        // Only the clusters that hold a lexicon word of an attacking category (insult, profanity, slur, dehumanising,
        // threat, hostile): the rest (topics, function words) gave the heads room to relearn the hate forum's style.
        var keep = rows.Where(r => Lexicon.Default.Category(r.w) is LexiconCategory.Insult or LexiconCategory.Profanity
            or LexiconCategory.Slur or LexiconCategory.Dehumanising or LexiconCategory.Threat or LexiconCategory.Hostile).Select(r => r.Item2).ToHashSet();
        return [.. rows.Where(r => keep.Contains(r.Item2))];
    }

    private static bool IsWord(ReadOnlySpan<char> tok)
    {
        foreach (var ch in tok)
        {
            if (!char.IsLetter(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(a);
        var vb = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(b);
        var acc = System.Numerics.Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            acc += va[i] * vb[i];
        }

        var sum = System.Numerics.Vector.Sum(acc);
        for (var i = va.Length * System.Numerics.Vector<float>.Count; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static int[] KMeans(float[] x, int n, int d, int k, int iterations, TextWriter log)
    {
        var rng = new Random(2026);
        var centroids = new float[k * d];
        var picks = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++)
        {
            Array.Copy(x, picks[c] * d, centroids, c * d, d);
        }

        var assign = new int[n];
        for (var it = 0; it < iterations; it++)
        {
            var changed = 0;
            Parallel.For(0, n, i =>
            {
                var row = x.AsSpan(i * d, d);
                var best = 0;
                var bestDot = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var dot = Dot(row, centroids.AsSpan(c * d, d));
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = c;
                    }
                }

                if (assign[i] != best || it == 0)
                {
                    Interlocked.Increment(ref changed);
                }

                assign[i] = best;
            });
            Array.Clear(centroids);
            for (var i = 0; i < n; i++)
            {
                var into = centroids.AsSpan(assign[i] * d, d);
                var row = x.AsSpan(i * d, d);
                for (var j = 0; j < d; j++)
                {
                    into[j] += row[j];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var span = centroids.AsSpan(c * d, d);
                var norm = MathF.Sqrt(Dot(span, span));
                for (var j = 0; j < d && norm > 0; j++)
                {
                    span[j] /= norm;
                }
            }

            log.WriteLine($"  k-means iteration {it + 1}: {changed} words moved");
            if (changed == 0)
            {
                break;
            }
        }

        return assign;
    }
}
