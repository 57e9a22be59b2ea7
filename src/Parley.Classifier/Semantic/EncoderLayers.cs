using System.Text;
using Parley.Classifier.Text;

namespace Parley.Classifier.Semantic;

/// <summary>
/// Replacement weights for the top layers of all-MiniLM-L6-v2, fine-tuned for our labels by
/// <c>tools/encoder-tuning/tune.py</c>, read from models/minilm-tuned.bin when a build embeds one. None is committed:
/// measured in session 21, tuned layers made the semantic tier alone better on the datasets but left the combined tier
/// where it was on fresh comments (model card, "Fine-tuned encoder layers"). The package's ONNX model stays as shipped;
/// <see cref="MiniLmEmbedder"/> hands these tensors to ONNX Runtime under the graph's initializer names, so only the
/// 3.6 MB that changed would live in the repository. Matrices are int8 per output column, widened to float32 here.
/// The file also carries one sentence's embedding as the training script computed it: ONNX Runtime ignores a tensor
/// under a name the graph lacks, and the embedder refuses layers that do not reproduce that embedding.
/// </summary>
internal sealed class EncoderLayers
{
    /// <summary>The sentence whose token ids and embedding the file carries (see the summary).</summary>
    public const string CheckSentence = "Parley checks that the tuned layers load under their ONNX names.";

    private const int FormatVersion = 1;

    private EncoderLayers(string version, IReadOnlyList<Tensor> tensors, long[] checkIds, float[] checkEmbedding)
    {
        Version = version;
        Tensors = tensors;
        CheckIds = checkIds;
        CheckEmbedding = checkEmbedding;
    }

    public sealed record Tensor(string Name, long[] Shape, float[] Values);

    /// <summary>The script's version ("minilm-top2-20261206") and a hash of the check embedding.</summary>
    public string Version { get; }

    public IReadOnlyList<Tensor> Tensors { get; }

    public long[] CheckIds { get; }

    public float[] CheckEmbedding { get; }

    /// <summary>The tuned layers embedded in this assembly, or null when it was built without them.</summary>
    public static EncoderLayers? LoadEmbedded()
    {
        using var stream = Resources.Open("minilm-tuned.bin");
        return stream is null ? null : Load(stream);
    }

    public static EncoderLayers Load(Stream stream)
    {
        using var br = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Encoding.ASCII.GetString(br.ReadBytes(4)) != "PLEL" || br.ReadInt32() != FormatVersion)
        {
            throw new FormatException("not a Parley encoder-layers file (format 1)");
        }

        var version = Text(br);
        // "minilm" alone is the stock encoder, and "minilm-" then a digit or "mlp" would read as heads of the stock
        // encoder in a heads version (ToxicityClassifiers.HeadsFitEncoder).
        if (!version.StartsWith("minilm-", StringComparison.Ordinal) || version.Length == "minilm-".Length
            || ToxicityClassifiers.StartsHeadsSuffix(version.AsSpan("minilm-".Length)))
        {
            throw new FormatException($"encoder version '{version}' does not name tuned layers (minilm-…)");
        }

        var tensors = new Tensor[Count(br.ReadInt32(), 1000)];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < tensors.Length; t++)
        {
            var name = Text(br);
            if (!names.Add(name))
            {
                throw new FormatException($"tensor {name} appears twice");
            }

            var shape = new long[Count(br.ReadInt32(), 4)];
            if (shape.Length == 0)
            {
                throw new FormatException($"tensor {name}: no dimensions");
            }

            for (var d = 0; d < shape.Length; d++)
            {
                shape[d] = Count(br.ReadInt64(), 1 << 16);
            }

            // Each dimension is at most 2^16, so the product of four fits a long; the cap keeps a tensor under 64 MB.
            var values = new float[Count(shape.Aggregate(1L, (a, b) => checked(a * b)), 1 << 24)];
            switch (br.ReadByte())
            {
                case 0:
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = br.ReadSingle();
                    }

                    break;
                case 1:
                    // int8 [rows, columns], one float32 scale per column (the MatMul's output unit).
                    var columns = (int)shape[^1];
                    var scales = new float[columns];
                    for (var c = 0; c < columns; c++)
                    {
                        scales[c] = br.ReadSingle();
                    }

                    var bytes = br.ReadBytes(values.Length);
                    if (bytes.Length != values.Length)
                    {
                        throw new EndOfStreamException();
                    }

                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = (sbyte)bytes[i] * scales[i % columns];
                    }

                    break;
                default:
                    throw new FormatException($"tensor {name}: unknown encoding");
            }

            tensors[t] = new Tensor(name, shape, values);
        }

        var checkIds = new long[Count(br.ReadInt32(), 256)];
        for (var i = 0; i < checkIds.Length; i++)
        {
            checkIds[i] = br.ReadInt32();
        }

        var check = new float[MiniLmEmbedder.Dimension];
        for (var i = 0; i < check.Length; i++)
        {
            check[i] = br.ReadSingle();
        }

        // Two tunings exported on the same day share the script's version; the check embedding tells them apart, so heads
        // and cached embeddings of one are never taken for the other's.
        var hash = 2166136261u;
        foreach (var b in System.Runtime.InteropServices.MemoryMarshal.AsBytes(check.AsSpan()))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return new EncoderLayers($"{version}-{hash:x8}", tensors, checkIds, check);
    }

    private static string Text(BinaryReader br) => Encoding.UTF8.GetString(br.ReadBytes((int)Count(br.ReadInt32(), 4096)));

    private static int Count(long value, long max) =>
        value is >= 0 && value <= max ? (int)value : throw new FormatException($"count {value} out of range");
}
