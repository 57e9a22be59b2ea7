using System.Diagnostics;
using Parley.Classifier;

// Classifier benchmarks (numbers for docs/model-card.md). Usage:
//   dotnet run -c Release --project bench/Parley.Classifier.Bench -- [--semantic] [--texts <file with one comment per line>]
// Without --texts it uses built-in sentences of realistic comment length. Single thread, one comment at a time.
var semantic = args.Contains("--semantic");
var textsArg = Array.IndexOf(args, "--texts");
var texts = textsArg >= 0 ? File.ReadAllLines(args[textsArg + 1]).Where(l => l.Length > 0).ToArray() : Corpus.Build(5000);
Console.WriteLine($"{texts.Length} texts, mean length {texts.Average(t => t.Length):F0} chars; {Environment.ProcessorCount} cores visible");

var sw = Stopwatch.StartNew();
var lexical = ToxicityClassifiers.LoadLexical();
Console.WriteLine($"lexical load: {sw.Elapsed.TotalMilliseconds:F0} ms ({lexical.ModelVersion})");
Bench.Run("lexical", lexical, texts, warmup: 1000);
// The run above is the process's first few seconds: .NET's tiered compilation still runs much of the scorer as
// unoptimised or PGO-instrumented code (with DOTNET_TieredPGO=0 the same run gave 8,400-8,800/s against 4,600-5,700/s,
// session 26). A server scores for hours, so the steady state is measured too: the corpus again until 10 s of scoring
// have passed, then one more timed pass.
var steady = Stopwatch.StartNew();
while (steady.Elapsed.TotalSeconds < 10)
{
    foreach (var t in texts)
    {
        lexical.Score(t);
    }
}

Bench.Time("lexical, after 10 s of warm-up", texts, t => lexical.Score(t));

var terms = Enumerable.Range(0, 10_000).Select(i => "term" + Corpus.Letters(i) + (i % 10 == 0 ? "*" : "")).ToList();
sw.Restart();
var matcher = WordListMatcher.Build(terms);
Console.WriteLine($"word list: built {matcher.TermCount} terms in {sw.Elapsed.TotalMilliseconds:F1} ms");
Bench.Time("word list match", texts, t => matcher.Matches(t));

if (semantic)
{
    sw.Restart();
    var sem = ToxicityClassifiers.LoadSemantic();
    sem.Score("warm up");
    Console.WriteLine($"semantic load: {sw.Elapsed.TotalMilliseconds:F0} ms");
    Bench.Run("semantic", sem, texts.Take(600).ToArray(), warmup: 20);
    Bench.Run("combined", ToxicityClassifiers.LoadCombined(), texts.Take(2000).ToArray(), warmup: 20);
}

GC.Collect();
using var process = Process.GetCurrentProcess();
Console.WriteLine($"RSS with {(semantic ? "lexical + semantic" : "lexical")} loaded: {process.WorkingSet64 / 1048576.0:F0} MB; managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MB");

internal static class Bench
{
    public static void Run(string name, IToxicityClassifier classifier, string[] texts, int warmup)
    {
        foreach (var t in texts.Take(warmup))
        {
            classifier.Score(t);
        }

        Time(name, texts, t => classifier.Score(t));
    }

    public static void Time(string name, string[] texts, Action<string> action)
    {
        var lat = new double[texts.Length];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < texts.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(texts[i]);
            lat[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var seconds = total.Elapsed.TotalSeconds;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)texts.Length;
        Array.Sort(lat);
        Console.WriteLine($"{name}: {texts.Length / seconds:F0}/s, p50 {lat[lat.Length / 2]:F3} ms, p99 {lat[(int)(lat.Length * 0.99)]:F3} ms, max {lat[^1]:F2} ms, {bytes / 1024:F1} KiB allocated per call");
    }
}

internal static class Corpus
{
    private static readonly string[] Pieces =
    [
        "I read the whole article and I think the council is making a mistake with the new parking rules.",
        "Thanks for the update, the photos from the parade are lovely.",
        "The minister said the army would fight on until the rebels surrendered the city.",
        "You clearly have no idea what you are talking about, you clown.",
        "My neighbour is a retired Muslim teacher and she organised the whole street party.",
        "This is the third time this year the bus route has been cut. Who decides these things?",
        "What a load of rubbish, the reporter should be ashamed.",
        "Can anyone explain why the school budget went down while the stadium budget went up?",
        "I disagree with the author, but the piece is well argued and worth reading.",
        "Prices at the market have doubled since spring and nobody in the city government seems to care.",
    ];

    public static string[] Build(int count)
    {
        var rng = new Random(42);
        return Enumerable.Range(0, count)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => Pieces[rng.Next(Pieces.Length)])))
            .ToArray();
    }

    public static string Letters(int i)
    {
        var s = "";
        do
        {
            s = (char)('a' + i % 26) + s;
            i /= 26;
        }
        while (i > 0);

        return s;
    }
}
