using System.Diagnostics;

namespace Parley.Bench;

/// <summary>Result of one timed phase: throughput and latency percentiles.</summary>
internal sealed record PhaseResult(string Name, int Connections, double Seconds, long Requests, long Errors, double P50Ms, double P99Ms)
{
    public double Rps => Requests / Seconds;

    public override string ToString() =>
        $"{Name,-34} conns={Connections,3}  {Rps,9:F0} req/s  p50={P50Ms,6:F2} ms  p99={P99Ms,6:F2} ms  errors={Errors}";
}

/// <summary>Runs a request function from N concurrent loops for a fixed time (or count) and measures it.</summary>
internal static class LoadRunner
{
    public static async Task<PhaseResult> RunAsync(string name, int connections, TimeSpan duration, Func<int, long, Task<bool>> request, long maxRequests = long.MaxValue)
    {
        var latencies = new List<double>[connections];
        long errors = 0, issued = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(async w =>
        {
            var mine = latencies[w] = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var n = Interlocked.Increment(ref issued);
                if (n > maxRequests)
                {
                    break;
                }

                var t0 = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await request(w, n);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new PhaseResult(name, connections, seconds, all.Length, errors, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
