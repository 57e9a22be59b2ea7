using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parley.Classifier.Training;

/// <summary>
/// The blind rounds (<c>bench/blind-rounds/*.jsonl</c>): sets of comments that helpers who saw neither the code nor the
/// data wrote, each scored once before any change was read from it, and kept since as regression sets. A row is right
/// for a label when the score is on the expected side of the default threshold; TOXICITY and THREAT are judged only
/// where the row states them, display names (<c>"name": true</c>) are scored as names.
/// </summary>
public static class BlindRounds
{
    public sealed record SetResult(string Name, int Count, int Names, Tally Toxicity, Tally IdentityAttack, Tally Threat, List<string> Misses)
    {
        /// <summary>Named in <see cref="TrainingList"/>: the model learnt THREAT from it, so that figure is no test.</summary>
        public bool Trained { get; init; }
    }

    public readonly record struct Tally(int Right, int Judged)
    {
        public Tally Add(bool? expected, float score, ToxicityLabel label) => expected is not { } e
            ? this
            : new Tally(Right + (score >= ToxicityClassifiers.DefaultThreshold(label) == e ? 1 : 0), Judged + 1);

        public override string ToString() =>
            Judged == 0 ? "–" : ((double)Right / Judged).ToString("F3", CultureInfo.InvariantCulture) + (Judged < 100 ? $" ({Judged})" : "");
    }

    private sealed record Row(string Case, string Text, bool? Toxic, bool Hateful, bool? Threat, bool Name);

    public static List<SetResult> Run(IToxicityClassifier classifier, string directory)
    {
        var results = new List<SetResult>();
        var trained = TrainingSets(directory);
        foreach (var path in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            Tally tox = default, ia = default, threat = default;
            var (count, names) = (0, 0);
            var misses = new List<string>();
            foreach (var row in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => Parse(path, l)))
            {
                var r = classifier.Score(row.Text, row.Name ? TextKind.DisplayName : TextKind.Comment);
                var (t, i, h) = (r[ToxicityLabel.Toxicity], r[ToxicityLabel.IdentityAttack], r[ToxicityLabel.Threat]);
                (tox, ia, threat) = (tox.Add(row.Toxic, t, ToxicityLabel.Toxicity), ia.Add(row.Hateful, i, ToxicityLabel.IdentityAttack),
                    threat.Add(row.Threat, h, ToxicityLabel.Threat));
                count++;
                names += row.Name ? 1 : 0;
                if (row.Toxic is { } toxic && t >= ToxicityClassifiers.DefaultThreshold(ToxicityLabel.Toxicity) != toxic)
                {
                    misses.Add(string.Create(CultureInfo.InvariantCulture, $"{row.Case}: TOXICITY {t:F2} — {row.Text}"));
                }
            }

            var name = Path.GetFileNameWithoutExtension(path);
            results.Add(new SetResult(name, count, names, tox, ia, threat, misses) { Trained = trained.Contains(name) });
        }

        return results;
    }

    /// <summary>The file in the rounds' folder that names the sets the lexical model trains on, one per line.</summary>
    public const string TrainingList = "training.txt";

    /// <summary>
    /// The file that names the sets the semantic heads train on. It holds more than <see cref="TrainingList"/>: a
    /// convex head on frozen embeddings has no training order to upset, so the development sets that moved the
    /// lexical model's shuffle (model card) can teach it all three labels the rows state.
    /// </summary>
    public const string SemanticTrainingList = "semantic-training.txt";

    /// <summary>Weight of a row of our own comment sets in the semantic heads' training (a dataset text weighs 1).</summary>
    public const float SemanticTrainingWeight = 1f;

    /// <summary>
    /// The file naming the comment sets that calibrate the combined tier's offsets (with the datasets' civil validation
    /// texts): sets the semantic heads do not train on, so their scores there are honest, and full of civil sentences
    /// that share an attack's words (violent idioms, counter-speech, groups named in an attack's grammar) that the
    /// datasets' civil texts hardly contain. The lexical model learns THREAT from two of them (the review and twin
    /// look-alikes), so it flags few of their civil rows and the budget it sets there is, if anything, too strict. The
    /// newest rounds stay out of it: they measure the calibrated tier.
    /// </summary>
    public const string CalibrationList = "calibration.txt";

    /// <summary>The <see cref="Example.Source"/> of rows from our own comment sets.</summary>
    public const string TrainingSource = "comments";

    /// <summary>
    /// Weight of a row of our own comment sets (a dataset text weighs 1, a seed template 3). At 0.5 the THREAT head
    /// learnt "I'll … her house" and "put a bullet in" as threats and flagged nine civil sentences of our behaviour
    /// tests ("I'll be waiting outside her house to drive her to the airport."); at 0.25 none (model card).
    /// </summary>
    public const float TrainingWeight = 0.25f;

    /// <summary>
    /// The set names (file names without extension) <see cref="TrainingList"/> holds; empty without one. An entry is a
    /// file name ending in ".jsonl" in the same folder; anything after "#" is a comment.
    /// </summary>
    public static HashSet<string> TrainingSets(string directory, string listName = TrainingList)
    {
        var list = Path.Combine(directory, listName);
        if (!File.Exists(list))
        {
            return [];
        }

        var sets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in File.ReadLines(list).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0))
        {
            if (entry.IndexOfAny(['/', '\\']) >= 0 || !entry.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                throw new FormatException($"{list}: '{entry}' is not the file name of a .jsonl set in that folder");
            }

            sets.Add(entry[..^".jsonl".Length]);
        }

        return sets;
    }

    /// <summary>
    /// Rows of the sets <see cref="TrainingList"/> names, as training examples (display names and rows that do not
    /// judge TOXICITY left out): THREAT as the row states it, and a civil row is 0 for SEVERE_TOXICITY, INSULT and
    /// THREAT. TOXICITY, IDENTITY_ATTACK and PROFANITY stay the datasets' and the lexicon's: taught by these rows
    /// (a third of them attacks, with civil twins) the two heads learnt the function words of "Xs shouldn't be allowed …" and
    /// flagged civil sentences about groups ("Gay men shouldn't be afraid to hold hands." TOXICITY 0.11 → 0.84; model
    /// card, "Our own comments as training data"). A toxic row that does not judge THREAT teaches nothing.
    /// </summary>
    public static List<Example> LoadForTraining(string directory, float weight = TrainingWeight)
    {
        var examples = new List<Example>();
        foreach (var row in ReadSets(directory, TrainingList))
        {
            // The rows stay in the training list even when they teach nothing: the shuffle that orders the
            // examples depends on their count, and the committed model on the shuffle.
            var labels = row.Toxic!.Value ? Example.Unknown() : Example.AllZero();
            labels[(int)ToxicityLabel.Toxicity] = float.NaN;
            labels[(int)ToxicityLabel.IdentityAttack] = float.NaN;
            labels[(int)ToxicityLabel.Profanity] = float.NaN;
            if (row.Threat is { } threat)
            {
                labels[(int)ToxicityLabel.Threat] = threat ? 1 : 0;
            }

            examples.Add(new Example(TrainingSource, row.Text, labels, weight));
        }

        return examples;
    }

    /// <summary>
    /// The file naming the sets whose rows teach the lexical model's INSULT head and nothing else: insults of one person
    /// without swear or insult words, each with a civil twin that keeps its topic and image, and civil look-alikes in
    /// their words. They go to the head through
    /// a <see cref="ShadowHead"/>, which leaves the other heads as they were (model card, "Insults as training data").
    /// </summary>
    public const string InsultTrainingList = "insult-training.txt";

    /// <summary>
    /// Rows of the sets <see cref="InsultTrainingList"/> names, as INSULT-only examples (every other label unknown);
    /// none where the folder has no such list.
    /// </summary>
    public static List<Example> LoadInsultsForTraining(string directory, float weight = InsultTrainingWeight) =>
        OneHead(directory, InsultTrainingList, ToxicityLabel.Insult, row => row.Toxic, weight).ToList();

    /// <summary>
    /// The rows that each teach one head of the lexical model alone, through a <see cref="ShadowHead"/> per head: those of
    /// <see cref="InsultTrainingList"/> (INSULT), and, where the folder has them, <see cref="ThreatTrainingList"/>
    /// (THREAT, where a row judges it) and <see cref="IdentityTrainingList"/> (IDENTITY_ATTACK); every other label of a
    /// row is unknown. Only the insult list is committed: the other two were measured and left out (model card,
    /// "Threats and identity attacks as training data").
    /// </summary>
    public static List<Example> LoadHeadRowsForTraining(string directory)
    {
        var rows = LoadInsultsForTraining(directory);
        rows.AddRange(OneHead(directory, ThreatTrainingList, ToxicityLabel.Threat, row => row.Threat));
        rows.AddRange(OneHead(directory, IdentityTrainingList, ToxicityLabel.IdentityAttack, row => row.Hateful));
        return rows;
    }

    /// <summary>
    /// Rows of a list's sets that judge <paramref name="label"/>, as examples of that label alone; none where the folder
    /// has no such list.
    /// </summary>
    private static IEnumerable<Example> OneHead(string directory, string listName, ToxicityLabel label, Func<Row, bool?> judged,
        float weight = 1f) =>
        !File.Exists(Path.Combine(directory, listName))
            ? []
            : ReadSets(directory, listName, judgedOnly: false).Where(row => judged(row) is not null).Select(row =>
            {
                var labels = Example.Unknown();
                labels[(int)label] = judged(row)!.Value ? 1 : 0;
                return new Example(TrainingSource, row.Text, labels, weight);
            });

    /// <summary>An experiment's list of sets that teach the THREAT head alone; none is committed.</summary>
    public const string ThreatTrainingList = "threat-training.txt";

    /// <summary>An experiment's list of sets that teach the IDENTITY_ATTACK head alone (by each row's "hateful"); none is committed.</summary>
    public const string IdentityTrainingList = "identity-training.txt";

    /// <summary>
    /// Weight of an insult row, as much as a dataset text. With the two insult sets alone, rounds 16–29's insults
    /// without swear words flagged 102 → 153 / 166 / 163 of 495 at 0.25 / 0.5 / 1, their civil rows 52 → 41 / 38 / 32
    /// of 1,811: the twins teach the head that blunt criticism of what someone did is no insult.
    /// </summary>
    public const float InsultTrainingWeight = 1f;

    /// <summary>
    /// Rows of the sets <see cref="SemanticTrainingList"/> names, for the semantic heads: TOXICITY, IDENTITY_ATTACK
    /// and (where stated) THREAT as the row states them; a civil row is also 0 for SEVERE_TOXICITY and INSULT.
    /// PROFANITY stays the datasets' (a row does not say whether it swears).
    /// </summary>
    public static List<Example> LoadForSemantic(string directory, float weight = SemanticTrainingWeight)
    {
        var examples = new List<Example>();
        foreach (var row in ReadSets(directory, SemanticTrainingList))
        {
            var toxic = row.Toxic!.Value;
            var labels = toxic ? Example.Unknown() : Example.AllZero();
            labels[(int)ToxicityLabel.Toxicity] = toxic ? 1 : 0;
            labels[(int)ToxicityLabel.IdentityAttack] = row.Hateful ? 1 : 0;
            labels[(int)ToxicityLabel.Profanity] = float.NaN;
            labels[(int)ToxicityLabel.Threat] = row.Threat is { } threat ? (threat ? 1 : 0) : float.NaN;
            examples.Add(new Example(TrainingSource, row.Text, labels, weight));
        }

        return examples;
    }

    /// <summary>
    /// Rows of the sets <see cref="CalibrationList"/> names, for calibrating the combined tier: each label the row
    /// judges (TOXICITY, IDENTITY_ATTACK, THREAT as stated; a civil row is 0 for SEVERE_TOXICITY and INSULT too), NaN for
    /// the rest. Display names are left out (the combined tier leaves names to the lexical tier).
    /// </summary>
    public static List<Example> LoadForCalibration(string directory) =>
        ReadSets(directory, CalibrationList, judgedOnly: false).Select(row =>
        {
            var labels = Example.Unknown();
            if (row.Toxic is { } toxic)
            {
                labels[(int)ToxicityLabel.Toxicity] = toxic ? 1 : 0;
                if (!toxic)
                {
                    labels[(int)ToxicityLabel.SevereToxicity] = labels[(int)ToxicityLabel.Insult] = 0;
                }
            }

            labels[(int)ToxicityLabel.IdentityAttack] = row.Hateful ? 1 : 0;
            labels[(int)ToxicityLabel.Threat] = row.Threat is { } threat ? (threat ? 1 : 0) : float.NaN;
            return new Example(TrainingSource, row.Text, labels);
        }).ToList();

    /// <summary>The comment rows (display names, and unless asked rows that do not judge TOXICITY, left out) of the sets a list names.</summary>
    private static IEnumerable<Row> ReadSets(string directory, string listName, bool judgedOnly = true)
    {
        var sets = TrainingSets(directory, listName);
        if (sets.Count == 0)
        {
            throw new FormatException($"{Path.Combine(directory, listName)} names no set (pass --comments none to train without them)");
        }

        foreach (var set in sets.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, set + ".jsonl");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{Path.Combine(directory, listName)} names '{set}', but {path} does not exist.", path);
            }

            foreach (var row in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => Parse(path, l)))
            {
                if (!row.Name && (row.Toxic is not null || !judgedOnly))
                {
                    yield return row;
                }
            }
        }
    }

    private static Row Parse(string path, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            static bool? Flag(JsonElement e, string name) =>
                e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
            return new Row(e.GetProperty("case").GetString()!, e.GetProperty("text").GetString()!, Flag(e, "toxic"),
                Flag(e, "hateful") ?? throw new FormatException("no 'hateful'"), Flag(e, "threat"), Flag(e, "name") ?? false);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new FormatException($"{path}: expected {{\"case\", \"text\", \"toxic\", \"hateful\"[, \"threat\", \"name\"]}}, got '{line}'", ex);
        }
    }

    /// <summary>One markdown table, a row per set: accuracy per label (the number judged in brackets when under 100).</summary>
    public static string Table(List<SetResult> sets)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| set | texts (names) | TOXICITY | IDENTITY_ATTACK | THREAT |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var s in sets)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Name}{(s.Trained ? " †" : "")} | {s.Count}{(s.Names > 0 ? $" ({s.Names})" : "")} | {s.Toxicity} | {s.IdentityAttack} | {s.Threat} |");
        }

        if (sets.Any(s => s.Trained))
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"† named in `{TrainingList}`: the lexical model learns THREAT from it (`parley train`), so its THREAT figure is training accuracy.");
        }

        return sb.ToString();
    }
}
