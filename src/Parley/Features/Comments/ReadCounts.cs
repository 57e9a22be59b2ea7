using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Parley.Data;
using Parley.Features.Sites;
using Parley.Features.Stories;
using Parley.Infrastructure;

namespace Parley.Features.Comments;

public sealed record CountsRequest(List<string> Urls);

public sealed record CountsResponse(Dictionary<string, int> Counts);

/// <summary>Published-comment counts for up to 100 story URLs in one request (article lists, count.js).</summary>
internal sealed class ReadCounts(SiteDirectory sites, IMemoryCache cache, IServiceProvider services)
{
    public const int MaxUrls = 100;

    /// <summary>Writes evict a story's count (see <see cref="ThreadCache.Invalidate"/>), so this only bounds memory.</summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    public async Task<CountsResponse> ExecuteAsync(string siteSlug, IReadOnlyList<string>? urls, CancellationToken ct)
    {
        var site = await sites.GetAsync(siteSlug, ct);
        if (urls is null || urls.Count == 0 || urls.Count > MaxUrls)
        {
            throw ApiException.BadRequest("invalid_urls", $"Give 1–{MaxUrls} story URLs.");
        }

        var result = new Dictionary<string, int>(urls.Count);
        List<(string Raw, string Canonical)>? misses = null;
        foreach (var raw in urls)
        {
            if (!StoryUrl.TryCanonicalize(raw, out var canonical, out _))
            {
                throw ApiException.BadRequest("invalid_story_url", "Every URL must be an absolute http(s) URL.");
            }

            if (cache.TryGetValue(Key(site.Id, canonical), out int count))
            {
                result[raw] = count;
            }
            else
            {
                (misses ??= []).Add((raw, canonical));
            }
        }

        if (misses is not null)
        {
            var wanted = misses.Select(m => m.Canonical).Distinct().ToList();
            var db = services.GetRequiredService<ParleyDbContext>();
            var found = await db.Stories.AsNoTracking().Where(s => s.SiteId == site.Id && wanted.Contains(s.Url))
                .ToDictionaryAsync(s => s.Url, s => s.CommentCount, ct);
            foreach (var (raw, canonical) in misses)
            {
                var count = found.GetValueOrDefault(canonical);
                cache.Set(Key(site.Id, canonical), count, CacheFor);
                result[raw] = count;
            }
        }

        return new CountsResponse(result);
    }

    internal static string Key(long siteId, string url) => $"count:{siteId}:{url}";
}
