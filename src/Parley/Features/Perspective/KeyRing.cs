using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Data;

namespace Parley.Features.Perspective;

/// <summary>What a request needs to know about its key: which site it acts for and its quota.</summary>
internal sealed record ApiKeyInfo(long Id, long SiteId, string Prefix, int RequestsPerSecond);

/// <summary>
/// Resolves API keys (by SHA-256, the only form stored) with a short in-process cache so the hot path
/// runs no query, and enforces each key's requests-per-second quota with a token bucket. Unknown keys are
/// cached too (a client retrying a bad key must not hit the database), bounded so random keys cannot grow
/// the cache without limit.
/// </summary>
internal sealed class KeyRing(IServiceScopeFactory scopes, TimeProvider clock, IOptions<PerspectiveOptions> options)
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, Entry> _byHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, Bucket> _buckets = new();
    private readonly ConcurrentDictionary<long, DateTime> _used = new();

    private sealed record Entry(ApiKeyInfo? Key, long ExpiresAtTicks);

    private sealed class Bucket
    {
        public double Tokens = double.NaN;
        public long LastTicks;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public async ValueTask<ApiKeyInfo?> FindAsync(string key, CancellationToken ct)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow().UtcTicks;
        if (_byHash.TryGetValue(hash, out var entry) && entry.ExpiresAtTicks > now)
        {
            return entry.Key;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var info = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyInfo(k.Id, k.SiteId, k.Prefix, k.RequestsPerSecond))
            .FirstOrDefaultAsync(ct);
        if (_byHash.Count >= MaxEntries)
        {
            _byHash.Clear();
        }

        _byHash[hash] = new Entry(info, now + TimeSpan.FromSeconds(options.Value.KeyCacheSeconds).Ticks);
        return info;
    }

    /// <summary>
    /// The key of a request (<c>?key=</c> like Google's, or the <c>X-Goog-Api-Key</c> header), checked and
    /// charged one request of its quota; throws Google's PERMISSION_DENIED or RESOURCE_EXHAUSTED.
    /// </summary>
    public async ValueTask<ApiKeyInfo> AuthorizeAsync(HttpContext http, string method, CancellationToken ct)
    {
        string? key = http.Request.Query["key"];
        if (string.IsNullOrEmpty(key))
        {
            key = http.Request.Headers["X-Goog-Api-Key"];
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            throw PerspectiveException.KeyMissing();
        }

        var info = (key.Length <= 200 ? await FindAsync(key.Trim(), ct) : null) ?? throw PerspectiveException.KeyInvalid();
        if (!TryAcquire(info, out var wait))
        {
            throw PerspectiveException.QuotaExceeded(method, info.Prefix, info.RequestsPerSecond, (int)Math.Ceiling(Math.Max(wait.TotalSeconds, 1)));
        }

        _used[info.Id] = clock.GetUtcNow().UtcDateTime;
        return info;
    }

    /// <summary>Keys used since the last call, with when (for <see cref="KeyUsageRecorder"/>); clears the list.</summary>
    public List<(long KeyId, DateTime At)> TakeUsage()
    {
        var taken = new List<(long, DateTime)>(_used.Count);
        foreach (var id in _used.Keys)
        {
            if (_used.TryRemove(id, out var at))
            {
                taken.Add((id, at));
            }
        }

        return taken;
    }

    /// <summary>Forgets a key at once (revoked, rotated or its quota changed) on this instance.</summary>
    public void Forget(string hash, long keyId)
    {
        _byHash.TryRemove(hash, out _);
        _buckets.TryRemove(keyId, out _);
    }

    /// <summary>Takes one request from the key's bucket (burst = rate); false with a wait when empty.</summary>
    public bool TryAcquire(ApiKeyInfo key, out TimeSpan retryAfter)
    {
        var bucket = _buckets.GetOrAdd(key.Id, _ => new Bucket());
        var now = clock.GetUtcNow().UtcTicks;
        double rate = Math.Max(1, key.RequestsPerSecond);
        lock (bucket)
        {
            var tokens = double.IsNaN(bucket.Tokens)
                ? rate
                : Math.Min(rate, bucket.Tokens + ((now - bucket.LastTicks) / (double)TimeSpan.TicksPerSecond * rate));
            bucket.LastTicks = now;
            if (tokens >= 1)
            {
                bucket.Tokens = tokens - 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            bucket.Tokens = tokens;
            retryAfter = TimeSpan.FromSeconds((1 - tokens) / rate);
            return false;
        }
    }
}
