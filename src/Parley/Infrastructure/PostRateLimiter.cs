using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Parley.Infrastructure;

/// <summary>Section <c>RateLimits</c>: how many writes one commenter and one (hashed) address may make.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, int.MaxValue)]
    public int PostsPerCommenter { get; set; } = 10;

    [Range(1, int.MaxValue)]
    public int PostsPerIp { get; set; } = 30;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Fixed-window counters for posting, keyed by commenter id and by IP hash. In-process: with several
/// instances each enforces its own share (documented; a Redis-backed counter is the scale-out path).
/// </summary>
internal sealed class PostRateLimiter(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();

    private sealed class Window(long start)
    {
        public long Start = start;
        public int Count;
    }

    /// <summary>Counts one post for each key; throws 429 with Retry-After when any key is over its limit.</summary>
    public void Acquire(long? commenterId, string ipHash)
    {
        var o = options.Value;
        if (commenterId is { } id)
        {
            Take("c:" + id, o.PostsPerCommenter, o.WindowSeconds);
        }

        Take("i:" + ipHash, o.PostsPerIp, o.WindowSeconds);
    }

    private void Take(string key, int limit, int windowSeconds)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var start = now - (now % windowSeconds);
        var window = _windows.GetOrAdd(key, _ => new Window(start));
        lock (window)
        {
            if (window.Start != start)
            {
                window.Start = start;
                window.Count = 0;
            }

            if (window.Count >= limit)
            {
                throw new ApiException(StatusCodes.Status429TooManyRequests, "rate_limited", "You are posting too fast; try again shortly.")
                {
                    RetryAfterSeconds = (int)Math.Max(1, start + windowSeconds - now),
                };
            }

            window.Count++;
        }

        if (_windows.Count > 100_000)
        {
            foreach (var (k, w) in _windows)
            {
                if (w.Start < start)
                {
                    _windows.TryRemove(k, out _);
                }
            }
        }
    }
}
