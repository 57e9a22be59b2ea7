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
        // All six logits per text at once: with a hidden layer, one label at a time would compute it six times.
        var logits = emb.Select(e =>
        {
            var z = new float[ToxicityLabels.Count];
            heads.Logits(e, z);
            return z;
        }).ToArray();
        for (var l = 0; l < ToxicityLabels.Count; l++)
        {
            var z = logits.Select(x => x[l]).ToArray();
            var (t, f1) = Threshold(valid, z, l, budget);
            heads.Bias[l] -= t;
            log.WriteLine($"  calibrate {ToxicityLabels.All[l].ApiName()}: shift {t:F2} (F1 {f1:F3})");
        }
    }

    /// <summary>
    /// Sets <see cref="SemanticHeads.Combine"/>: per label, the largest offset of the combined tier's logit sum at which
    /// no calibration group's civil texts are flagged more often than by the lexical tier alone, less
    /// <see cref="Margin"/>. The groups are each
    /// dataset's civil validation texts and our comment sets' civil rows (<see cref="BlindRounds.CalibrationList"/>):
    /// calibrated on the datasets alone (session 19's first try), the THREAT offset reached the +3 cap, where the semantic
    /// head's reading of "My boss will kill me if I'm late" as a threat went through, and pooling the datasets let
    /// Reddit's civil flags grow while Wikipedia's fell. TOXICITY is calibrated last, with the labels that lift it
    /// already set. PROFANITY stays lexical: it is a matter of words, and the lexical head's AUC is 0.998. So does
    /// SEVERE_TOXICITY: its semantic head reads violent words as severe, and combined (offset +1.5) it flagged civil
    /// sentences of the behaviour tests ("I will never hurt you, I promise", "Police said they will shoot anyone who fires
    /// at them") and through the TOXICITY lift their TOXICITY too.
    /// </summary>
    public static void CalibrateCombination(SemanticHeads heads, IReadOnlyList<CalibrationText> texts, TextWriter log)
    {
        Array.Fill(heads.Combine, float.NaN);
        var groups = texts.Select(t => t.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var l in (int[])[(int)ToxicityLabel.Insult, (int)ToxicityLabel.IdentityAttack, (int)ToxicityLabel.Threat,
                     (int)ToxicityLabel.Toxicity])
        {
            var civil = groups.Select(g => texts.Where(t => t.Group == g && t.CivilFor(l)).ToList()).ToList();
            var allowed = civil.Select(g => g.Count(t => t.Lexical[l] >= 0.5f)).ToList();
            bool WithinBudget(float offset)
            {
                heads.Combine[l] = offset;
                var scores = new float[ToxicityLabels.Count];
                for (var g = 0; g < civil.Count; g++)
                {
                    var flagged = 0;
                    foreach (var t in civil[g])
                    {
                        CombinedClassifier.Combine(t.Lexical, t.SemanticLogits, heads.Combine, scores);
                        flagged += scores[l] >= 0.5f ? 1 : 0;
                    }

                    if (flagged > allowed[g])
                    {
                        return false;
                    }
                }

                return true;
            }

            var (lo, hi) = (MinOffset, MaxOffset);
            if (!WithinBudget(lo))
            {
                heads.Combine[l] = float.NaN;
            }
            else
            {
                for (var i = 0; i < 30; i++)
                {
                    var mid = (lo + hi) / 2;
                    (lo, hi) = WithinBudget(mid) ? (mid, hi) : (lo, mid);
                }

                heads.Combine[l] = lo - Margin;
            }

            log.WriteLine($"  calibrate combined {ToxicityLabels.All[l].ApiName()}: offset {heads.Combine[l]:F2} ({string.Join(", ", groups.Select((g, i) => $"{g} {civil[i].Count} civil, lexical flags {allowed[i]}"))})");
        }

        // Without a TOXICITY offset the other labels would flag attacks that TOXICITY does not (no lift): none combine.
        if (float.IsNaN(heads.Combine[(int)ToxicityLabel.Toxicity]))
        {
            Array.Fill(heads.Combine, float.NaN);
            log.WriteLine("  TOXICITY could not be calibrated: the combined tier stays lexical");
        }
    }

    /// <summary>
    /// The offsets searched: at +3 a lexical 0.2 and a semantic 0.5 make 0.43, so the sum still needs the semantic tier to
    /// lean towards the label; at −15 the sum flags nothing the lexical tier does not flag with a score that stands
    /// (unless a semantic logit exceeds about 13.6, which the trained heads do not reach).
    /// </summary>
    private const float MinOffset = -15f, MaxOffset = 3f;

    /// <summary>
    /// Log-odds taken off each calibrated offset. The largest offset within budget is set by the one civil text at the
    /// budget's edge, so it overshoots wherever the calibration sets lack a shape: at the edge itself, two civil
    /// sentences of the behaviour tests ("\"We will wipe them off the map,\" the minister said.", "I hope the Yazidis
    /// killed by ISIS get justice.", lexical 0.43–0.44) scored 0.51–0.55 combined. Half a log-odds keeps them civil.
    /// </summary>
    internal const float Margin = 0.5f;

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

/// <summary>
/// Text → embedding cache persisted to a file (embeddings are deterministic for a given encoder). The file names the
/// encoder it was filled by (<see cref="MiniLmEmbedder.Version"/>); one filled by another, or written before files named
/// theirs, is ignored and overwritten, so tuned layers never train heads on the stock encoder's embeddings.
/// </summary>
internal sealed class EmbeddingCache
{
    /// <summary>Where a count stood in the first format: a negative one marks the versioned format.</summary>
    private const int VersionedFormat = -1;

    private readonly ConcurrentDictionary<string, float[]> _map = new(StringComparer.Ordinal);
    private readonly string? _path;
    private readonly string _encoder;

    public EmbeddingCache(string? path, string encoder)
    {
        _path = path;
        _encoder = encoder;
        if (path is null || !File.Exists(path))
        {
            return;
        }

        try
        {
            using var br = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (br.ReadInt32() != VersionedFormat || br.ReadString() != encoder)
            {
                return;
            }

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
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException)
        {
            // A cache is only a shortcut: a damaged one is dropped and rebuilt, never half-used.
            _map.Clear();
        }
    }

    public float[] GetOrAdd(string text, Func<string, float[]> embed) => _map.GetOrAdd(text, embed);

    public void Save()
    {
        if (_path is null)
        {
            return;
        }

        // Written beside the old file and moved over it, so an interrupted save leaves the previous cache whole.
        var temp = _path + "." + Environment.ProcessId + ".tmp";
        using (var bw = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            var snapshot = _map.ToArray();
            bw.Write(VersionedFormat);
            bw.Write(_encoder);
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

        File.Move(temp, _path, overwrite: true);
    }
}

/// <summary>One calibration text: its group (a dataset's name, or "comments"), labels, and both tiers' raw outputs.</summary>
internal sealed record CalibrationText(string Group, bool Civil, float[] Labels, float[] Lexical, float[] SemanticLogits)
{
    /// <summary>Civil as far as a label goes: a dataset's civil text not positive for it, or a comment row judged 0 for it.</summary>
    public bool CivilFor(int label) => Civil ? !(Labels[label] > 0.5f) : Labels[label] == 0;
}
