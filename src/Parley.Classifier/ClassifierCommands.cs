using System.Diagnostics;
using System.Text.Json;
using Parley.Classifier.Training;

namespace Parley.Classifier;

/// <summary>
/// The classifier's command-line verbs (dispatched from the Parley executable): <c>train</c>, <c>eval</c> and
/// <c>score</c>. Returns a process exit code; 2 with a usage message on bad arguments.
/// </summary>
public static partial class ClassifierCommands
{
    public const string Usage = """
        usage:
          parley train --data <datasets dir> --out <model file or dir> [--epochs N] [--dim-bits B] [--lr X] [--l2 X] [--length-norm K]
                       [--runs N] [--seed N] [--per-head-stopping] [--soft-targets] [--distill A [--distill-labels L,...]] [--joint-budget X] [--comments <dir> | none]
                       [--span-sentences W]
          parley train --tier semantic --data <datasets dir> --out <semantic-heads.bin or dir> [--cache <file>] [--per-source N (0 = all)] [--hidden N (default 256; 0 = linear heads)]
                       [--comments <dir> | none]
          parley train --tier encoder-data --data <datasets dir> --out <dir> [--per-source N] [--comments <dir> | none]
                       (the semantic heads' training texts as token ids: the input of tools/encoder-tuning/tune.py)
          parley eval  --data <datasets dir> [--model <lexical.bin>] [--semantic <semantic-heads.bin>]
                       [--card <docs/model-card.md>] [--no-card] [--no-semantic] [--cache <file>]
                       [--probe <folder of probe .tsv files; default bench/functional-probe>] [--split test|validation]
               [--blind <folder of blind-round .jsonl files; default bench/blind-rounds>] [--misses]
               [--dump <file outside the repository: each held-out text, its labels and scores as JSON lines>]
          parley score [--as-name] [--tier lexical|semantic|combined] [--model <lexical.bin>]
                       (JSON lines {"text": ...} on stdin, one JSON line out per input)
        """;

    public static async Task<int> RunAsync(string command, string[] args, TextReader stdin, TextWriter stdout,
        TextWriter stderr, CancellationToken ct)
    {
        var options = ParseOptions(args, ["--as-name", "--no-card", "--no-semantic", "--per-head-stopping", "--soft-targets", "--source-bias", "--misses"]);
        if (options is null)
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            return command switch
            {
                "train" when options.GetValueOrDefault("--tier", "lexical") is "semantic" or "encoder-data" =>
                    await TrainSemanticAsync(options, stdout, stderr, ct),
                "train" => await TrainAsync(options, stdout, stderr, ct),
                "eval" => await EvalAsync(options, stdout, stderr, ct),
                "score" => await ScoreAsync(options, stdin, stdout, stderr, ct),
                _ => await UsageError(stderr, $"unknown command '{command}'"),
            };
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or FormatException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> UsageError(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"error: {message}");
        await stderr.WriteLineAsync(Usage);
        return 2;
    }

    /// <summary>"--name value" pairs and bare flags; null when malformed.</summary>
    private static Dictionary<string, string>? ParseOptions(string[] args, string[] flags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            if (flags.Contains(args[i]))
            {
                result[args[i]] = "true";
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                result[args[i]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        return result;
    }

    private static async Task<int> TrainAsync(Dictionary<string, string> o, TextWriter stdout, TextWriter stderr,
        CancellationToken ct)
    {
        if (!o.TryGetValue("--data", out var data) || !o.TryGetValue("--out", out var output))
        {
            return await UsageError(stderr, "train needs --data and --out");
        }

        // Our own comment sets are read from the working tree like --data (run from the repository root); "--comments
        // none" trains without them, and the model then differs from the committed one.
        var comments = o.GetValueOrDefault("--comments", Path.Combine("bench", "blind-rounds")) is var c && c != "none" ? c : null;
        if (comments is not null && !File.Exists(Path.Combine(comments, BlindRounds.TrainingList)))
        {
            return await UsageError(stderr,
                $"train: no {BlindRounds.TrainingList} in '{comments}' (run from the repository root, or pass --comments <dir> or --comments none)");
        }

        var opts = new LexicalTrainingOptions { Version = "parley-lexical-" + DateTime.UtcNow.ToString("yyyyMMdd") };
        if (o.TryGetValue("--epochs", out var e))
        {
            opts = opts with { Epochs = int.Parse(e) };
        }

        if (o.TryGetValue("--lr", out var lr))
        {
            opts = opts with { LearningRate = float.Parse(lr, System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (o.TryGetValue("--l2", out var l2))
        {
            opts = opts with { L2 = float.Parse(l2, System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (o.TryGetValue("--dim-bits", out var bits))
        {
            opts = opts with { Dimension = 1 << int.Parse(bits) };
        }

        if (o.TryGetValue("--length-norm", out var lengthNorm))
        {
            if (!int.TryParse(lengthNorm, out var k) || k < 0)
            {
                return await UsageError(stderr, "--length-norm is a feature count, 0 or more (0: no length normalisation)");
            }

            opts = opts with { LengthNorm = k };
        }

        // --runs defaults to 4 (--runs 1: one shuffle); --per-head-stopping and --soft-targets are experiments the
        // shipped model does not use (model card, training switches); --joint-budget defaults to 0.015, 1 turns it off.
        if (o.TryGetValue("--runs", out var runs))
        {
            opts = opts with { Runs = Math.Max(1, int.Parse(runs)) };
        }

        // --seed moves every shuffle (default 2026): how much of a figure is the model, how much the order it read the data in.
        if (o.TryGetValue("--seed", out var seed))
        {
            if (!int.TryParse(seed, System.Globalization.CultureInfo.InvariantCulture, out var s))
            {
                return await UsageError(stderr, "--seed is a whole number (the first shuffle's seed; default 2026)");
            }

            opts = opts with { Seed = s };
        }

        // --distill A: an experiment (model card, "Distilling the semantic tier"); off in the shipped model.
        float? distillAlpha = null;
        if (o.TryGetValue("--distill", out var distill))
        {
            if (!float.TryParse(distill, System.Globalization.CultureInfo.InvariantCulture, out var a) || a is <= 0 or > 1)
            {
                return await UsageError(stderr, "--distill is the teacher's share of each target, greater than 0 and at most 1");
            }

            distillAlpha = a;
        }

        // --distill-labels THREAT,IDENTITY_ATTACK: only those heads learn from the teacher (default: all six). A name that
        // is no label would leave its head untaught without a word, so it is refused.
        var distillOnly = o.GetValueOrDefault("--distill-labels")?.Split(',');
        if (distillOnly?.FirstOrDefault(n => !ToxicityLabels.All.Any(l => l.ApiName() == n)) is { } unknown)
        {
            return await UsageError(stderr, $"--distill-labels: '{unknown}' is not a label (TOXICITY, SEVERE_TOXICITY, INSULT, IDENTITY_ATTACK, PROFANITY, THREAT)");
        }

        // --span-sentences W: an experiment (model card, "Threats read by the sentence"); off in the shipped model.
        float? spanWeight = null;
        if (o.TryGetValue("--span-sentences", out var span))
        {
            if (!float.TryParse(span, System.Globalization.CultureInfo.InvariantCulture, out var w) || w is <= 0 or > 10)
            {
                return await UsageError(stderr, "--span-sentences is the weight of a sentence row, greater than 0 and at most 10");
            }

            spanWeight = w;
        }

        if (o.TryGetValue("--joint-budget", out var joint))
        {
            if (!float.TryParse(joint, System.Globalization.CultureInfo.InvariantCulture, out var budget) || budget is <= 0 or > 1)
            {
                return await UsageError(stderr, "--joint-budget is a share of civil texts, greater than 0 and at most 1");
            }

            opts = opts with { JointCivilFalsePositiveBudget = budget };
        }

        opts = opts with
        {
            PerHeadStopping = o.ContainsKey("--per-head-stopping"),
            SoftTargets = o.ContainsKey("--soft-targets"),
            SourceBias = o.ContainsKey("--source-bias"),
        };

        var path = Directory.Exists(output) || output.EndsWith('/') ? Path.Combine(output, "lexical.bin") : output;
        var sw = Stopwatch.StartNew();
        // Our own comment sets (the ones bench/blind-rounds/training.txt names) as a training source (model card, "Our
        // own comments as training data"), read before the datasets so that a bad list fails fast.
        List<Example> extra = comments is null ? [] : BlindRounds.LoadForTraining(comments);
        var headRows = comments is null ? [] : BlindRounds.LoadHeadRowsForTraining(comments);

        await stdout.WriteLineAsync($"loading {data}");
        var examples = DatasetLoader.LoadAll(data, stdout);
        var seeds = SeedData.Load();
        await stdout.WriteLineAsync($"  seed templates: {seeds.Count} examples (all in training)");
        await stdout.WriteLineAsync($"  our comment sets: {extra.Count} examples (all in training), {headRows.Count} more that each teach one head alone");
        if (spanWeight is { } weight)
        {
            var sentences = SpanSentences.ThreatRows(examples, weight);
            headRows = [.. headRows, .. sentences];
            await stdout.WriteLineAsync($"  ToxicSpans threat sentences: {sentences.Count} rows for the THREAT head alone ({sentences.Count(e => e.Labels[(int)ToxicityLabel.Threat] == 1)} threats)");
        }

        var train = examples.Where(x => x.Split == Split.Train).Concat(seeds).Concat(extra).ToList();
        var valid = examples.Where(x => x.Split == Split.Validation).ToList();
        await stdout.WriteLineAsync($"training on {train.Count}, validating on {valid.Count}");
        ct.ThrowIfCancellationRequested();
        if (distillAlpha is { } alpha)
        {
            var labels = ToxicityLabels.All.Select(l => distillOnly is null || distillOnly.Contains(l.ApiName())).ToArray();
            train = Distill(train, alpha, labels, CachePath(o), stdout);
            opts = opts with { SoftTargets = true };
        }

        var model = LexicalTrainer.Train(train, valid, opts, stdout, headRows);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using (var file = File.Create(path))
        {
            model.Save(file);
        }

        await stdout.WriteLineAsync($"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {sw.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static async Task<int> ScoreAsync(Dictionary<string, string> o, TextReader stdin, TextWriter stdout,
        TextWriter stderr, CancellationToken ct)
    {
        var classifier = (o.GetValueOrDefault("--tier"), o.GetValueOrDefault("--model")) switch
        {
            (null or "lexical", { } model) => ToxicityClassifiers.LoadLexical(model),
            (null, null) => ToxicityClassifiers.LoadDefault(),
            ("lexical", null) => ToxicityClassifiers.LoadLexical(),
            ("semantic", null) => ToxicityClassifiers.LoadSemantic(),
            ("combined", null) => ToxicityClassifiers.LoadCombined(),
            _ => null,
        };
        if (classifier is null)
        {
            return await UsageError(stderr, "score: --tier is lexical, semantic or combined (--model only with lexical)");
        }

        var kind = o.ContainsKey("--as-name") ? TextKind.DisplayName : TextKind.Comment;
        var lineNo = 0;
        while (await stdin.ReadLineAsync(ct) is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? text;
            try
            {
                using var doc = JsonDocument.Parse(line);
                text = doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()
                    : null;
            }
            catch (JsonException)
            {
                text = null;
            }

            if (text is null)
            {
                await stderr.WriteLineAsync($"line {lineNo}: expected a JSON object with a string \"text\"");
                return 2;
            }

            // Scripts get the spans a moderator would see: flags without any are explained (the combined tier's semantic flags).
            var result = classifier.Score(text, kind);
            result = classifier.Explain(text, result, [.. ToxicityLabels.All.Where(l => result[l] >= ToxicityClassifiers.DefaultThreshold(l))], kind, ct);
            await stdout.WriteLineAsync(ToJson(result));
        }

        return 0;
    }

    /// <summary>One JSON line: model version, the six scores and their spans (original UTF-16 offsets).</summary>
    public static string ToJson(ClassificationResult r)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("modelVersion", r.ModelVersion);
            w.WriteStartObject("scores");
            foreach (var l in ToxicityLabels.All)
            {
                w.WriteNumber(l.ApiName(), Math.Round(r[l], 4));
            }

            w.WriteEndObject();
            w.WriteStartObject("spans");
            foreach (var l in ToxicityLabels.All)
            {
                w.WriteStartArray(l.ApiName());
                foreach (var s in r.Spans[(int)l])
                {
                    w.WriteStartObject();
                    w.WriteNumber("begin", s.Begin);
                    w.WriteNumber("end", s.End);
                    w.WriteNumber("score", Math.Round(s.Contribution, 3));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
