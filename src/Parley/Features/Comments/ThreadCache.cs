using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Parley.Features.Comments;

/// <summary>
/// Serialized public thread pages per story. Each story has a version; a write bumps it before the writer
/// gets its answer, so nobody — the writer included — reads a page from before the write.
/// </summary>
internal sealed class ThreadCache(IMemoryCache shared) : IDisposable
{
    // Its own bounded cache, so thread pages cannot crowd out sessions and site lookups.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    private static readonly MemoryCacheEntryOptions EntryOptions = new()
    {
        SlidingExpiration = TimeSpan.FromMinutes(5),
        Size = 1,
    };

    private readonly ConcurrentDictionary<long, long> _versions = new();

    public string Key(long storyId, ThreadQuery query, string? rawCursor) =>
        $"thread:{storyId}:{_versions.GetValueOrDefault(storyId)}:{(int)query.Sort}:{query.Limit}:{query.MaxDepth}:{rawCursor}";

    public bool TryGet(string key, out byte[]? bytes) => _cache.TryGetValue(key, out bytes);

    public void Set(string key, byte[] bytes) => _cache.Set(key, bytes, EntryOptions);

    /// <summary>Drops the story's thread pages and its cached comment count.</summary>
    public void Invalidate(long storyId, long siteId, string storyUrl)
    {
        _versions.AddOrUpdate(storyId, 1, (_, v) => v + 1);
        shared.Remove(ReadCounts.Key(siteId, storyUrl));
    }

    public void Dispose() => _cache.Dispose();
}
