using System.Text;
using Parley.Classifier.Semantic;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

/// <summary>
/// Fine-tuned top layers for MiniLM (tools/encoder-tuning; none is shipped): they reach ONNX Runtime under the graph's
/// names or are refused, the file format is checked, heads run only on the encoder they were trained on, and the
/// embedding cache knows its encoder.
/// </summary>
public class EncoderLayersTests
{
    /// <summary>
    /// Layers that zero the last layer norm's weight and set its bias to <paramref name="bias"/>: every token then comes
    /// out as that bias, so the sentence embedding is the bias normalised, whatever the text.
    /// </summary>
    private static EncoderLayers Constant(float[] bias, float[] check, string weightName = "encoder.layer.5.output.LayerNorm.weight")
    {
        var ids = ToxicityClassifiers.SharedEmbedder.Tokenize(EncoderLayers.CheckSentence);
        return EncoderLayers.Load(new MemoryStream(File(w =>
        {
            foreach (var (name, values) in (IEnumerable<(string, float[])>)[(weightName, new float[bias.Length]),
                         ("encoder.layer.5.output.LayerNorm.bias", bias)])
            {
                TensorHeader(w, name, 0, values.Length);
                foreach (var v in values)
                {
                    w.Write(v);
                }
            }
        }, 2, checkIds: ids, checkEmbedding: check)));
    }

    private static float[] Normalised(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    [Fact]
    public void Onnx_runtime_runs_the_layers_given_under_the_graphs_names()
    {
        var bias = Enumerable.Range(0, MiniLmEmbedder.Dimension).Select(d => (d % 7) - 3f + 0.5f).ToArray();
        var expected = Normalised(bias);
        using var tuned = new MiniLmEmbedder(layers: Constant(bias, expected));
        Assert.StartsWith("minilm-test-", tuned.Version);
        foreach (var text in (string[])["you absolute moron", "The coalition vowed to destroy the militants' last stronghold."])
        {
            var embedding = tuned.Embed(text);
            Assert.All(Enumerable.Range(0, expected.Length), d => Assert.Equal(expected[d], embedding[d], 1e-4f));
        }

        // The stock encoder embeds the two texts far apart, and nowhere near the constant.
        var stock = ToxicityClassifiers.SharedEmbedder;
        Assert.Equal("minilm", stock.Version);
        Assert.True(stock.Embed("you absolute moron").Zip(expected).Sum(p => p.First * p.Second) < 0.5f);
    }

    [Fact]
    public void Layers_that_do_not_reproduce_their_check_embedding_are_refused()
    {
        var bias = Enumerable.Range(0, MiniLmEmbedder.Dimension).Select(d => (d % 5) - 2f + 0.25f).ToArray();
        // A check embedding other than what the layers compute: a file written for another model.
        var wrong = Assert.Throws<InvalidOperationException>(() =>
            new MiniLmEmbedder(layers: Constant(bias, Normalised([.. bias.Select(b => -b)]))));
        Assert.Contains("check embedding", wrong.Message, StringComparison.Ordinal);
        // A weight under a name the graph lacks: ONNX Runtime ignores it silently, the layer norm keeps its stock weight,
        // and the output is no longer the constant the file promised.
        Assert.Throws<InvalidOperationException>(() =>
            new MiniLmEmbedder(layers: Constant(bias, Normalised(bias), weightName: "encoder.layer.5.output.LayerNorm.gamma")));
    }

    private static byte[] File(Action<BinaryWriter> tensors, int count, string magic = "PLEL", long[]? checkIds = null,
        float[]? checkEmbedding = null, string version = "minilm-test")
    {
        var ms = new MemoryStream();
        using var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true);
        void Text(string s)
        {
            var b = Encoding.UTF8.GetBytes(s);
            w.Write(b.Length);
            w.Write(b);
        }

        w.Write(Encoding.ASCII.GetBytes(magic));
        w.Write(1);
        Text(version);
        w.Write(count);
        tensors(w);
        checkIds ??= [101, 102];
        w.Write(checkIds.Length);
        foreach (var id in checkIds)
        {
            w.Write((int)id);
        }

        for (var i = 0; i < MiniLmEmbedder.Dimension; i++)
        {
            w.Write(checkEmbedding?[i] ?? (i == 0 ? 1f : 0f));
        }

        w.Flush();
        return ms.ToArray();
    }

    /// <summary>A tensor's name, shape and encoding byte (0 float32, 1 int8 with per-column scales), as tune.py writes them.</summary>
    private static void TensorHeader(BinaryWriter w, string name, byte encoding, params long[] shape)
    {
        var b = Encoding.UTF8.GetBytes(name);
        w.Write(b.Length);
        w.Write(b);
        w.Write(shape.Length);
        foreach (var d in shape)
        {
            w.Write(d);
        }

        w.Write(encoding);
    }

    private static void Int8Tensor(BinaryWriter w)
    {
        TensorHeader(w, "963", 1, 2, 3);
        foreach (var scale in (float[])[0.5f, 1f, 2f])
        {
            w.Write(scale);
        }

        foreach (var q in (sbyte[])[1, -2, 3, -127, 0, 127])
        {
            w.Write(q);
        }
    }

    [Fact]
    public void An_int8_matrix_is_widened_with_one_scale_per_column()
    {
        var layers = EncoderLayers.Load(new MemoryStream(File(Int8Tensor, 1)));
        Assert.Matches("^minilm-test-[0-9a-f]{8}$", layers.Version);
        var t = Assert.Single(layers.Tensors);
        Assert.Equal("963", t.Name);
        Assert.Equal([2L, 3L], t.Shape);
        Assert.Equal([0.5f, -2f, 6f, -63.5f, 0f, 254f], t.Values);
        Assert.Equal([101L, 102L], layers.CheckIds);
        Assert.Equal(1f, layers.CheckEmbedding[0]);
    }

    [Fact]
    public void A_damaged_file_is_refused_with_an_error_not_loaded_in_part()
    {
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(File(Int8Tensor, 1, magic: "NOPE"))));
        // A count no file of ours has (a header read as data), an unknown encoding, and a file cut short.
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(File(Int8Tensor, int.MaxValue))));
        var unknown = File(w => TensorHeader(w, "x", 7, 4), 1);
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(unknown)));
        var whole = File(Int8Tensor, 1);
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(whole[..3])));
        foreach (var cut in (int[])[20, 40, whole.Length - 10])
        {
            Assert.Throws<EndOfStreamException>(() => EncoderLayers.Load(new MemoryStream(whole[..cut])));
        }
    }

    [Fact]
    public void An_int8_weight_under_a_numbered_graph_name_takes_effect_and_an_unknown_name_does_not()
    {
        // The export numbered the MatMul weights; "1004" is layer 5's output.dense [1536, 384] in the package's model
        // (tune.py finds such names through the Add that carries the layer's named bias). All-zero int8, scale 1.
        EncoderLayers Zeroed(string name) => EncoderLayers.Load(new MemoryStream(File(w =>
        {
            TensorHeader(w, name, 1, 1536, 384);
            for (var c = 0; c < 384; c++)
            {
                w.Write(1f);
            }

            w.Write(new byte[1536 * 384]);
        }, 1)));
        const string text = "you absolute moron";
        var stock = ToxicityClassifiers.SharedEmbedder.Embed(text);
        float Cos(float[] a) => a.Zip(stock).Sum(p => p.First * p.Second);
        using (var zeroed = new MiniLmEmbedder(layers: Zeroed("1004"), verify: false))
        {
            Assert.True(Cos(zeroed.Embed(text)) < 0.999f);
        }

        using var unknown = new MiniLmEmbedder(layers: Zeroed("encoder.layer.5.output.dense.kernel"), verify: false);
        Assert.True(Cos(unknown.Embed(text)) > 0.99999f);
    }

    [Theory]
    [InlineData("minilm")]
    [InlineData("minilm-")]
    [InlineData("minilm-20261206")]
    [InlineData("minilm-mlp256")]
    [InlineData("arctic-top2")]
    public void A_version_that_would_pass_for_the_stock_encoder_is_refused(string version) =>
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(File(Int8Tensor, 1, version: version))));

    [Fact]
    public void Two_tunings_with_the_same_script_version_get_different_versions()
    {
        var a = EncoderLayers.Load(new MemoryStream(File(Int8Tensor, 1)));
        var other = new float[MiniLmEmbedder.Dimension];
        other[1] = 1f;
        var b = EncoderLayers.Load(new MemoryStream(File(Int8Tensor, 1, checkEmbedding: other)));
        Assert.NotEqual(a.Version, b.Version);
        Assert.Equal(a.Version, EncoderLayers.Load(new MemoryStream(File(Int8Tensor, 1))).Version);
    }

    [Fact]
    public void A_tensor_named_twice_or_without_dimensions_is_refused()
    {
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(File(w =>
        {
            Int8Tensor(w);
            Int8Tensor(w);
        }, 2))));
        Assert.Throws<FormatException>(() => EncoderLayers.Load(new MemoryStream(File(w => TensorHeader(w, "x", 1), 1))));
    }

    [Theory]
    [InlineData("parley-semantic-minilm-mlp256-20261205", "minilm", true)]
    [InlineData("parley-semantic-minilm-20261120", "minilm", true)]
    [InlineData("parley-semantic-minilm-top2-20261206-mlp256-20261206", "minilm-top2-20261206", true)]
    [InlineData("parley-semantic-minilm-top2-20261206-mlp256-20261206", "minilm", false)]
    [InlineData("parley-semantic-minilm-mlp256-20261205", "minilm-top2-20261206", false)]
    [InlineData("parley-semantic-minilm-top2-20261207-mlp256-20261207", "minilm-top2-20261206", false)]
    [InlineData("parley-semantic-minilm-", "minilm", false)]
    public void Heads_fit_only_the_encoder_their_version_names(string heads, string encoder, bool fits) =>
        Assert.Equal(fits, ToxicityClassifiers.HeadsFitEncoder(heads, encoder));

    [Fact]
    public void The_shipped_heads_were_trained_on_the_shipped_encoder()
    {
        var semantic = (SemanticClassifier)ToxicityClassifiers.LoadSemantic();
        Assert.True(ToxicityClassifiers.HeadsFitEncoder(semantic.Heads.Version, ToxicityClassifiers.SharedEmbedder.Version),
            $"{semantic.Heads.Version} on {ToxicityClassifiers.SharedEmbedder.Version}");
    }

    [Fact]
    public void The_embedding_cache_drops_a_file_another_encoder_filled()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-cache-test-{Guid.NewGuid():N}.bin");
        try
        {
            var first = new EmbeddingCache(path, "minilm");
            var vector = new float[MiniLmEmbedder.Dimension];
            vector[7] = 0.25f;
            first.GetOrAdd("text", _ => vector);
            first.Save();
            var calls = 0;
            float[] Embed(string _)
            {
                calls++;
                return new float[MiniLmEmbedder.Dimension];
            }

            Assert.Equal(0.25f, new EmbeddingCache(path, "minilm").GetOrAdd("text", Embed)[7]);
            Assert.Equal(0, calls);
            Assert.Equal(0f, new EmbeddingCache(path, "minilm-top2-20261206").GetOrAdd("text", Embed)[7]);
            Assert.Equal(1, calls);

            // A file of the first format (a count, then entries) names no encoder: it is ignored, not misread.
            using (var w = new BinaryWriter(System.IO.File.Create(path), Encoding.UTF8))
            {
                w.Write(1);
                w.Write("text");
                foreach (var v in vector)
                {
                    w.Write(v);
                }
            }

            Assert.Equal(0f, new EmbeddingCache(path, "minilm").GetOrAdd("text", Embed)[7]);
            Assert.Equal(2, calls);
            // A file cut short (an interrupted write of an older build) is dropped whole, not half-read.
            first.Save();
            var bytes = System.IO.File.ReadAllBytes(path);
            System.IO.File.WriteAllBytes(path, bytes[..(bytes.Length - 9)]);
            Assert.Equal(0f, new EmbeddingCache(path, "minilm").GetOrAdd("text", Embed)[7]);
            Assert.Equal(3, calls);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".*.tmp"));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
