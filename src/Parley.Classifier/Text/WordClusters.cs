namespace Parley.Classifier.Text;

/// <summary>
/// Word → cluster id, built by `parley train --tier clusters` from MiniLM embeddings of the training vocabulary
/// (<see cref="Training.WordClusterBuilder"/>). The lexical model reads a word's cluster as a feature, so "stab",
/// "strangle" and "shoot" share what any one of them has learnt; at run time it is a table lookup, no encoder.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IEnumerable<(string Word, int Cluster)> rows)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, c) in rows)
        {
            map[w] = c;
        }

        Count = map.Count;
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static int Levels { get; private set; } = 1;

    /// <summary>The embedded table, or an empty one when the build has none (then no word has a cluster).</summary>
    public static WordClusters Default { get; } = FromResources();

    public int Count { get; }

    /// <summary>The word's cluster, or -1 when it has none.</summary>
    public int Cluster(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var c) ? c : -1;

    public static WordClusters Parse(IEnumerable<string> lines) =>
        new(lines.Select(l => l.Split('\t')).Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))));

    private static WordClusters FromResources()
    {
        var path = Environment.GetEnvironmentVariable("PARLEY_CLUSTERS");
        if (!string.IsNullOrEmpty(path))
        {
            var tables = path.Split(',').Select(p => File.ReadLines(p).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
                .ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Levels = tables.Count;
            return new(tables.SelectMany(t => t.Keys).Distinct().Select(w => (w, tables.AsEnumerable().Reverse().Aggregate(0, (acc, t) => acc * 4096 + t.GetValueOrDefault(w, 4095)))));
        }

        return Resources.Open("word-clusters.tsv") is null ? new WordClusters([]) : Parse(Resources.Lines("word-clusters.tsv"));
    }
}
