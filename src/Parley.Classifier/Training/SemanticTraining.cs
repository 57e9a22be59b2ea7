using System.Collections.Concurrent;
using System.Text;
using Parley.Classifier.Lexical;
using Parley.Classifier.Semantic;

namespace Parley.Classifier.Training;

/// <summary>
/// Training and evaluation helpers for the semantic tier. Embedding is the expensive step (~10 ms per text on
/// one core), so the heads train on a per-source sample and embeddings are cached on disk between runs.
/// </summary>
internal static class SemanticTraining
{
    public const int TrainPerSource = 2500;
    public const int ValidationPerSource = 300;
    public const int TestPerSource = 700;

    /// <summary>Deterministic per-source sample that keeps rare-label positives first.</summary>
    public static List<Example> Sample(IEnumerable<Example> examples, int perSource, int seed)
    {
        var result = new List<Example>();
        foreach (var group in examples.GroupBy(e => e.Source))
        {
            var shuffled = group.OrderBy(e => Lexical.Features.Hash(e.Text, (uint)seed)).ToList();
            var rare = shuffled.Where(e => e.Labels[1] > 0.5f || e.Labels[3] > 0.5f || e.Labels[5] > 0.5f).Take(perSource / 3);
            result.AddRange(rare.Concat(shuffled).Distinct().Take(perSource));
        }

        return result;
    }

    public static float[][] Embed(MiniLmEmbedder embedder, IReadOnlyList<string> texts, EmbeddingCache cache, TextWriter log)
    {
        var result = new float[texts.Count][];
        var todo = new ConcurrentQueue<int>(Enumerable.Range(0, texts.Count));
        var done = 0;
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (todo.TryDequeue(out var i))
            {
                var input = SemanticClassifier.SemanticInput(texts[i]);
                result[i] = cache.GetOrAdd(input, embedder.Embed);
                if (Interlocked.Increment(ref done) % 2000 == 0)
                {
                    lock (log)
                    {
                        log.WriteLine($"    embedded {done}/{texts.Count}");
                    }
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        return result;
    }

    /// <summary>Shifts each head's bias like the lexical calibration (F1-optimal or civil-FPR budget, the larger).</summary>
    public static void Calibrate(SemanticHeads heads, IReadOnlyList<Example> valid, float[][] emb, float budget, TextWriter log)
    {
        for (var l = 0; l < ToxicityLabels.Count; l++)
        {
            var z = emb.Select(e => heads.Logit(e, l)).ToArray();
            var (t, f1) = Threshold(valid, z, l, budget);
            heads.Bias[l] -= t;
            log.WriteLine($"  calibrate {ToxicityLabels.All[l].ApiName()}: shift {t:F2} (F1 {f1:F3})");
        }
    }

    /// <summary>
    /// Sets <see cref="SemanticHeads.Combine"/>: per label, the offset of the combined tier's logit sum (lexical +
    /// semantic + offset ≥ 0 flags) at which the civil validation texts are flagged no more often than by the lexical
    /// tier alone; the combination then buys recall at the default tier's false-positive rate. The F1-optimal point of
    /// the datasets was tried first: it made both tiers agree before flagging (TOXICITY offset −0.1) and lost a tenth of
    /// the attacks in our held-out comment sets. A plain average let the cautious semantic heads pull attacks the
    /// lexical tier was unsure of below the threshold (model card, "Tiers compared").
    /// </summary>
    public static void CalibrateCombination(SemanticHeads heads, LexicalClassifier lexical, IReadOnlyList<Example> valid,
        float[][] emb, TextWriter log)
    {
        var lex = valid.Select(e => lexical.Score(e.Text).Scores).ToArray();
        for (var l = 0; l < ToxicityLabels.Count; l++)
        {
            var civil = Enumerable.Range(0, valid.Count).Where(i => valid[i].Civil && !(valid[i].Labels[l] > 0.5f)).ToList();
            var allowed = civil.Count(i => lex[i][l] >= 0.5f) - civil.Count(i => lex[i][l] > CombinedClassifier.High);
            var band = civil.Where(i => lex[i][l] is >= CombinedClassifier.Low and <= CombinedClassifier.High)
                .Select(i => CombinedClassifier.Logit(lex[i][l]) + heads.Logit(emb[i], l)).OrderDescending().ToList();
            // Every unsure civil text may be flagged within the budget: no evidence for an offset, so none.
            heads.Combine[l] = band.Count < MinUnsureCivil || allowed >= band.Count ? float.NaN : Math.Min(-band[allowed] - 1e-3f, MaxOffset);
            log.WriteLine($"  calibrate combined {ToxicityLabels.All[l].ApiName()}: offset {heads.Combine[l]:F2} ({civil.Count} civil texts, {band.Count} unsure)");
        }
    }

    /// <summary>
    /// The largest combination offset: at +3 a lexical 0.2 and a semantic 0.5 make 0.43, so the sum still needs the
    /// semantic tier to lean towards the label.
    /// </summary>
    private const float MaxOffset = 3f;

    /// <summary>
    /// Fewer civil validation texts than this in a label's unsure band leave its offset unmeasured (NaN) and the label
    /// to the lexical tier alone. With one or none (SEVERE_TOXICITY, IDENTITY_ATTACK, THREAT) the offsets were set by a
    /// single text or the cap, and the civil test texts flagged by any label rose from 1.14 % to 1.78 %.
    /// </summary>
    private const int MinUnsureCivil = 10;

    /// <summary>The larger of the F1-optimal logit and the one that keeps civil texts within the false-positive budget.</summary>
    private static (float Threshold, float F1) Threshold(IReadOnlyList<Example> valid, float[] z, int label, float budget)
    {
        var known = Enumerable.Range(0, valid.Count).Where(i => !float.IsNaN(valid[i].Labels[label]))
            .Select(i => (Z: z[i], Y: valid[i].Labels[label] > 0.5f)).OrderByDescending(p => p.Z).ToList();
        var positives = known.Count(p => p.Y);
        var (tF1, best) = LexicalTrainer.F1Optimal(known);
        var tCivil = LexicalTrainer.CivilThreshold(valid, i => z[i], budget);
        return (positives == 0 ? 0 : Math.Max(tF1, tCivil), best);
    }
}

/// <summary>Text → embedding cache persisted to a file (embeddings are deterministic for a given model).</summary>
internal sealed class EmbeddingCache
{
    private readonly ConcurrentDictionary<string, float[]> _map = new(StringComparer.Ordinal);
    private readonly string? _path;

    public EmbeddingCache(string? path)
    {
        _path = path;
        if (path is null || !File.Exists(path))
        {
            return;
        }

        using var br = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        var count = br.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = br.ReadString();
            var v = new float[MiniLmEmbedder.Dimension];
            for (var d = 0; d < v.Length; d++)
            {
                v[d] = br.ReadSingle();
            }

            _map[key] = v;
        }
    }

    public float[] GetOrAdd(string text, Func<string, float[]> embed) => _map.GetOrAdd(text, embed);

    public void Save()
    {
        if (_path is null)
        {
            return;
        }

        using var bw = new BinaryWriter(File.Create(_path), Encoding.UTF8);
        var snapshot = _map.ToArray();
        bw.Write(snapshot.Length);
        foreach (var (k, v) in snapshot)
        {
            bw.Write(k);
            foreach (var f in v)
            {
                bw.Write(f);
            }
        }
    }
}
