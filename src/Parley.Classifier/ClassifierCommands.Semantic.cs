using System.Diagnostics;
using System.Text.Json;
using Parley.Classifier.Lexical;
using Parley.Classifier.Semantic;
using Parley.Classifier.Training;

namespace Parley.Classifier;

public static partial class ClassifierCommands
{
    private static string CachePath(Dictionary<string, string> o) =>
        o.GetValueOrDefault("--cache", Path.Combine(Path.GetTempPath(), "parley-minilm-embeddings.bin"));

    private static async Task<int> TrainSemanticAsync(Dictionary<string, string> o, TextWriter stdout, TextWriter stderr,
        CancellationToken ct)
    {
        if (!o.TryGetValue("--data", out var data) || !o.TryGetValue("--out", out var output))
        {
            return await UsageError(stderr, "train needs --data and --out");
        }

        // As for the lexical model: our own comment sets are read from the working tree; "--comments none" leaves them out.
        var comments = o.GetValueOrDefault("--comments", Path.Combine("bench", "blind-rounds")) is var c && c != "none" ? c : null;
        if (comments is not null && !File.Exists(Path.Combine(comments, BlindRounds.SemanticTrainingList)))
        {
            return await UsageError(stderr,
                $"train: no {BlindRounds.SemanticTrainingList} in '{comments}' (run from the repository root, or pass --comments <dir> or --comments none)");
        }

        var path = Directory.Exists(output) || output.EndsWith('/') ? Path.Combine(output, "semantic-heads.bin") : output;
        var sw = Stopwatch.StartNew();
        var examples = DatasetLoader.LoadAll(data, stdout);
        var perSource = SemanticTraining.TrainPerSource;
        if (o.TryGetValue("--per-source", out var ps) && (!int.TryParse(ps, out perSource) || perSource < 0))
        {
            return await UsageError(stderr, "train --tier semantic: --per-source is a count of texts per source (0 = all)");
        }

        var train = SemanticTrainingSet(examples, comments, perSource);
        if (o.GetValueOrDefault("--tier") == "encoder-data")
        {
            return await WriteEncoderDataAsync(train, output, stdout);
        }

        var valid = SemanticTraining.Sample(examples.Where(e => e.Split == Split.Validation), SemanticTraining.ValidationPerSource, 2);
        await stdout.WriteLineAsync($"embedding {train.Count} training and {valid.Count} validation texts (cache {CachePath(o)})");
        var embedder = ToxicityClassifiers.SharedEmbedder;
        var cache = new EmbeddingCache(CachePath(o), embedder.Version);
        var x = SemanticTraining.Embed(embedder, train.Select(e => e.Text).ToList(), cache, stdout);
        var xv = SemanticTraining.Embed(embedder, valid.Select(e => e.Text).ToList(), cache, stdout);
        cache.Save();
        ct.ThrowIfCancellationRequested();
        // --hidden 0 trains the linear heads shipped until session 19 (for comparison); the default is one hidden layer.
        var hidden = 256;
        if (o.TryGetValue("--hidden", out var hs) && (!int.TryParse(hs, out hidden) || hidden is < 0 or > 4096))
        {
            return await UsageError(stderr, "train --tier semantic: --hidden is the hidden layer's width, 0–4096 (0 = linear heads)");
        }

        var (labels, weights) = (train.Select(e => e.Labels).ToList(), train.Select(e => e.Weight).ToList());
        var version = $"parley-semantic-{embedder.Version}-" + (hidden > 0 ? $"mlp{hidden}-" : "") + DateTime.UtcNow.ToString("yyyyMMdd");
        var heads = hidden > 0 ? SemanticHeads.TrainMlp(x, labels, weights, version, hidden) : SemanticHeads.Train(x, labels, weights, version);
        SemanticTraining.Calibrate(heads, valid, xv, 0.01f, stdout);
        var calibration = CalibrationTexts(examples, comments, heads, cache, stdout);
        cache.Save();
        SemanticTraining.CalibrateCombination(heads, calibration, stdout);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using (var file = File.Create(path))
        {
            heads.Save(file);
        }

        await stdout.WriteLineAsync($"wrote {path} in {sw.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>The semantic heads' training texts: a per-source sample of the training split, our seeds and comment sets.</summary>
    private static List<Example> SemanticTrainingSet(List<Example> examples, string? comments, int perSource)
    {
        var trainSplit = examples.Where(e => e.Split == Split.Train);
        return (perSource > 0 ? SemanticTraining.Sample(trainSplit, perSource, 1) : trainSplit)
            .Concat(SeedData.Load()).Concat(comments is null ? [] : BlindRounds.LoadForSemantic(comments)).ToList();
    }

    /// <summary>
    /// <c>train --tier encoder-data</c>: what tools/encoder-tuning/tune.py reads, for the same texts the heads train on,
    /// as the encoder sees them (normalised, tokenised by our tokenizer): train.ids (per text an int32 count and the
    /// int32 WordPiece ids), train.jsonl (labels, null where the source is silent, and weight; no text), check.ids
    /// (<see cref="EncoderLayers.CheckSentence"/>) and encoder-data.json (the ONNX model's path, the layers' version).
    /// </summary>
    private static async Task<int> WriteEncoderDataAsync(List<Example> train, string dir, TextWriter stdout)
    {
        Directory.CreateDirectory(dir);
        // Tuned layers replace weights, never the vocabulary or the ONNX file, so the shared embedder's tokenizer and
        // model path are the stock encoder's whichever layers it runs.
        var embedder = ToxicityClassifiers.SharedEmbedder;
        static void WriteIds(BinaryWriter w, long[] ids)
        {
            w.Write(ids.Length);
            foreach (var id in ids)
            {
                w.Write((int)id);
            }
        }

        using (var ids = new BinaryWriter(File.Create(Path.Combine(dir, "train.ids"))))
        await using (var rows = new StreamWriter(Path.Combine(dir, "train.jsonl")))
        {
            foreach (var e in train)
            {
                WriteIds(ids, embedder.Tokenize(SemanticClassifier.SemanticInput(e.Text)));
                await rows.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    labels = e.Labels.Select(v => float.IsNaN(v) ? (float?)null : v),
                    weight = e.Weight,
                }));
            }
        }

        using (var check = new BinaryWriter(File.Create(Path.Combine(dir, "check.ids"))))
        {
            WriteIds(check, embedder.Tokenize(EncoderLayers.CheckSentence));
        }

        var version = "minilm-top2-" + DateTime.UtcNow.ToString("yyyyMMdd");
        await File.WriteAllTextAsync(Path.Combine(dir, "encoder-data.json"),
            JsonSerializer.Serialize(new { onnx = embedder.ModelPath, version, texts = train.Count }));
        await stdout.WriteLineAsync($"wrote {train.Count} training texts to {dir}; next: python3 tools/encoder-tuning/tune.py --data {dir} --out models/minilm-tuned.bin");
        return 0;
    }

    /// <summary>
    /// The combined tier's calibration texts: every civil validation text of the datasets (grouped by source) and the
    /// rows of our calibration comment sets, with the lexical tier's scores and the new heads' logits.
    /// </summary>
    private static List<CalibrationText> CalibrationTexts(List<Example> examples, string? comments, SemanticHeads heads,
        EmbeddingCache cache, TextWriter log)
    {
        var civil = examples.Where(e => e.Split == Split.Validation && e.Civil).ToList();
        var rows = comments is null ? [] : BlindRounds.LoadForCalibration(comments);
        var texts = civil.Concat(rows).ToList();
        log.WriteLine($"calibrating the combined tier on {civil.Count} civil validation texts and {rows.Count} comment rows");
        var emb = SemanticTraining.Embed(ToxicityClassifiers.SharedEmbedder, texts.Select(e => e.Text).ToList(), cache, log);
        var lexical = (LexicalClassifier)ToxicityClassifiers.LoadLexical();
        return texts.Select((e, i) =>
        {
            var logits = new float[ToxicityLabels.Count];
            heads.Logits(emb[i], logits);
            return new CalibrationText(e.Source, e.Civil, e.Labels, lexical.ScoresForCombining(e.Text), logits);
        }).ToList();
    }

    /// <summary>
    /// `train --distill A` (an experiment): each known label's target becomes (1 − A) · label + A · the semantic tier's
    /// probability, so the lexical heads also learn what the embedding heads read in a text whose label is noisy.
    /// </summary>
    private static List<Example> Distill(List<Example> train, float alpha, bool[] labels, string cachePath, TextWriter log)
    {
        var semantic = (SemanticClassifier)ToxicityClassifiers.LoadSemantic();
        var cache = new EmbeddingCache(cachePath, ToxicityClassifiers.SharedEmbedder.Version);
        log.WriteLine($"  distilling: embedding {train.Count} training texts (cache {cachePath})");
        var emb = SemanticTraining.Embed(semantic.Embedder, train.Select(e => e.Text).ToList(), cache, log);
        cache.Save();
        var p = new float[ToxicityLabels.Count];
        return train.Select((e, i) =>
        {
            semantic.Heads.Probabilities(emb[i], p);
            var targets = e.Labels.Select((y, l) => float.IsNaN(y) || !labels[l] ? y : ((1 - alpha) * y) + (alpha * p[l])).ToArray();
            return new Example(e.Source, e.Text, e.Labels, e.Weight, e.Civil) { Split = e.Split, Targets = targets };
        }).ToList();
    }

    /// <summary>The tier comparison table for the model card, or null when skipped or no semantic heads exist.</summary>
    private static string? CompareTiers(Dictionary<string, string> o, IToxicityClassifier lexical, IReadOnlyList<Example> test,
        string data, List<BlindRounds.SetResult>? lexicalSets, TextWriter stdout)
    {
        if (o.ContainsKey("--no-semantic") || lexical is not LexicalClassifier lex)
        {
            return null;
        }

        SemanticClassifier semantic;
        if (o.TryGetValue("--semantic", out var headsPath))
        {
            using var stream = File.OpenRead(headsPath);
            var heads = SemanticHeads.Load(stream);
            var encoder = ToxicityClassifiers.SharedEmbedder.Version;
            semantic = ToxicityClassifiers.HeadsFitEncoder(heads.Version, encoder)
                ? new SemanticClassifier(ToxicityClassifiers.SharedEmbedder, heads, lex)
                : throw new FormatException($"{headsPath}: the heads {heads.Version} were not trained on the encoder {encoder}");
        }
        else if (!ToxicityClassifiers.HasSemanticHeads)
        {
            return null; // no embedded heads yet
        }
        else
        {
            // Heads that do not fit the encoder throw here rather than leave the comparison out of the card unremarked.
            semantic = (SemanticClassifier)ToxicityClassifiers.LoadSemantic();
        }

        var cache = new EmbeddingCache(CachePath(o), ToxicityClassifiers.SharedEmbedder.Version);
        var table = TierComparison.Run(lex, semantic, test, data, cache, stdout);
        var blind = o.GetValueOrDefault("--blind", Path.Combine("bench", "blind-rounds"));
        var whole = TierComparison.WholeSplit(lex, semantic, test, blind, lexicalSets, cache, stdout);
        cache.Save();
        return table + Environment.NewLine + "### Combined tier in full" + Environment.NewLine + Environment.NewLine + whole;
    }
}
