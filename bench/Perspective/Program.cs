using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

// Load on POST /v1alpha1/comments:analyze from N clients; 500-character comments, all six attributes, span
// annotations on. Closed loop by default (each client sends again as soon as it has its answer: the
// saturation throughput); with --rate R, open loop at R requests/s spread over the clients, latency counted
// from each request's scheduled time so a stalled server cannot hide its queueing (coordinated omission).
// Bounded: warm-up + measurement seconds, 5 s per request, and a hard stop 10 s after that.
var o = Options.Parse(args);
var comments = Comments.Make(200, 500, seed: 42);
var bodies = comments.Select(c => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
{
    ["comment"] = new Dictionary<string, string> { ["text"] = c },
    ["requestedAttributes"] = new[] { "TOXICITY", "SEVERE_TOXICITY", "INSULT", "IDENTITY_ATTACK", "PROFANITY", "THREAT" }
        .ToDictionary(a => a, _ => new Dictionary<string, object>()),
    ["spanAnnotations"] = true,
}))).ToArray();

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = o.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    BaseAddress = new Uri(o.Url),
    Timeout = TimeSpan.FromSeconds(5),
};
var path = $"/v1alpha1/comments:analyze?key={Uri.EscapeDataString(o.Key)}";

// One checked request first: the benchmark measures correct answers only.
using (var first = await http.PostAsync(path, Json(bodies[0])))
{
    var text = await first.Content.ReadAsStringAsync();
    using var doc = JsonDocument.Parse(text);
    var scores = first.StatusCode == HttpStatusCode.OK ? doc.RootElement.GetProperty("attributeScores") : default;
    if (first.StatusCode != HttpStatusCode.OK || scores.EnumerateObject().Count() != 6 || !scores.GetProperty("INSULT").TryGetProperty("spanScores", out _))
    {
        Console.Error.WriteLine($"unexpected answer {(int)first.StatusCode}: {text}");
        return 1;
    }
}

using var hardStop = new CancellationTokenSource(TimeSpan.FromSeconds(o.WarmupSeconds + o.Seconds + 10));
var measureFrom = Stopwatch.GetTimestamp() + (long)(o.WarmupSeconds * Stopwatch.Frequency);
var measureTo = measureFrom + (long)(o.Seconds * Stopwatch.Frequency);
var latencies = new List<double>[o.Clients];
var errors = 0;
var sent = 0;
var workers = Enumerable.Range(0, o.Clients).Select(w => Task.Run(async () =>
{
    var mine = latencies[w] = new List<double>(64_000);
    var i = w;
    var start = Stopwatch.GetTimestamp();
    var interval = o.Rate > 0 ? Stopwatch.Frequency * o.Clients / o.Rate : 0;
    for (long k = 0; !hardStop.IsCancellationRequested; k++)
    {
        var now = Stopwatch.GetTimestamp();
        if (now >= measureTo)
        {
            break;
        }

        // Open loop: the request is due at its slot; if this client is late, the wait counts as latency.
        var scheduled = now;
        if (interval > 0)
        {
            scheduled = start + (long)((k + (w / (double)o.Clients)) * interval);
            if (scheduled > now)
            {
                await Task.Delay(TimeSpan.FromSeconds((scheduled - now) / (double)Stopwatch.Frequency));
            }
        }

        var ok = false;
        Interlocked.Increment(ref sent);
        try
        {
            using var response = await http.PostAsync(path, Json(bodies[i++ % bodies.Length]), hardStop.Token);
            await response.Content.ReadAsByteArrayAsync(hardStop.Token);
            ok = response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
        }

        var done = Stopwatch.GetTimestamp();
        if (scheduled >= measureFrom && done < measureTo)
        {
            if (ok)
            {
                mine.Add((done - scheduled) * 1000.0 / Stopwatch.Frequency);
            }
            else
            {
                Interlocked.Increment(ref errors);
            }
        }
    }
})).ToArray();
await Task.WhenAll(workers);

var all = latencies.SelectMany(l => l).Order().ToArray();
double P(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
var inv = CultureInfo.InvariantCulture;
var mode = o.Rate > 0 ? $"open loop at {o.Rate:F0} req/s" : "closed loop";
Console.WriteLine(string.Create(inv, $"clients {o.Clients}, {mode}, {o.Seconds} s measured after {o.WarmupSeconds} s warm-up, 500-char comments, 6 attributes + spans"));
Console.WriteLine(string.Create(inv, $"requests {all.Length} answered in the window, errors {errors}, throughput {all.Length / o.Seconds:F0} req/s"));
Console.WriteLine(string.Create(inv, $"sent {sent} requests in total (warm-up included)"));
Console.WriteLine(string.Create(inv, $"latency ms: p50 {P(0.50):F2}  p90 {P(0.90):F2}  p99 {P(0.99):F2}  max {(all.Length > 0 ? all[^1] : double.NaN):F2}"));
return errors == 0 ? 0 : 1;

static ByteArrayContent Json(byte[] body)
{
    var content = new ByteArrayContent(body);
    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    return content;
}

internal sealed record Options(string Url, string Key, int Clients, double Seconds, double WarmupSeconds, double Rate)
{
    public static Options Parse(string[] args)
    {
        string Arg(string name, string fallback) =>
            Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

        var key = Arg("key", Environment.GetEnvironmentVariable("PARLEY_KEY") ?? "");
        if (key.Length == 0)
        {
            throw new ArgumentException("usage: Perspective.Bench --key KEY [--url http://127.0.0.1:5090] [--clients 50] [--seconds 15] [--warmup 5] [--rate R]");
        }

        var seconds = Math.Clamp(double.Parse(Arg("seconds", "15"), CultureInfo.InvariantCulture), 1, 60);
        var warmup = Math.Clamp(double.Parse(Arg("warmup", "5"), CultureInfo.InvariantCulture), 0, 30);
        var rate = Math.Max(0, double.Parse(Arg("rate", "0"), CultureInfo.InvariantCulture));
        return new Options(Arg("url", "http://127.0.0.1:5090"), key, int.Parse(Arg("clients", "50"), CultureInfo.InvariantCulture), seconds, warmup, rate);
    }
}

/// <summary>Deterministic comments of an exact length, mixing civil sentences with insults, threats and swearing.</summary>
internal static class Comments
{
    private static readonly string[] s_sentences =
    [
        "I read the whole article and I think the council has a point about the budget.",
        "The numbers in the third paragraph do not add up, could the author check them?",
        "My family has lived in this town for forty years and we have never seen traffic like this.",
        "Honestly, the new bus schedule is a big improvement for commuters.",
        "You are an idiot if you believe a word of this.",
        "What a pathetic excuse for journalism, the writer is a clueless moron.",
        "This is complete bullshit and everyone knows it.",
        "People like you should be run out of town, I swear I will find you.",
        "Thanks for the thoughtful reporting, please keep covering local schools.",
        "The mayor's response was vague, but at least she showed up to the meeting.",
        "Shut up, nobody asked for your stupid opinion.",
        "I disagree with the conclusion, yet the interviews were fair and balanced.",
    ];

    public static string[] Make(int count, int length, int seed)
    {
        var random = new Random(seed);
        var list = new string[count];
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder(length + 100);
            while (sb.Length < length)
            {
                sb.Append(s_sentences[random.Next(s_sentences.Length)]).Append(' ');
            }

            list[i] = sb.ToString(0, length);
        }

        return list;
    }
}
