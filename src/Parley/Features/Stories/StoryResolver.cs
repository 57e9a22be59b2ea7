using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Parley.Data;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Stories;

/// <summary>
/// Finds the story a widget request is about, by id or by page URL, creating it on first use when the
/// URL belongs to one of the site's allowed origins. URL → id is cached (ids never change).
/// </summary>
internal sealed class StoryResolver(IServiceProvider services, IMemoryCache cache, TimeProvider clock)
{
    private ParleyDbContext? _db;

    // Leased lazily: a cached lookup (the common case on the read path) needs no database context.
    private ParleyDbContext Db => _db ??= services.GetRequiredService<ParleyDbContext>();

    public const int MaxTitleLength = 500;

    public async Task<long> ResolveIdAsync(SiteInfo site, long? storyId, string? url, string? title, CancellationToken ct)
    {
        if (storyId is { } id)
        {
            var key = $"story-site:{id}";
            if (!cache.TryGetValue(key, out long siteOfStory))
            {
                siteOfStory = await Db.Stories.Where(s => s.Id == id).Select(s => s.SiteId).FirstOrDefaultAsync(ct);

                // Only hits are cached: an id asked for before its story exists must not stay "missing".
                if (siteOfStory != 0)
                {
                    cache.Set(key, siteOfStory, TimeSpan.FromMinutes(10));
                }
            }

            // Another site's story is reported exactly like a missing one: no cross-tenant probing.
            return siteOfStory == site.Id ? id : throw StoryNotFound();
        }

        if (!StoryUrl.TryCanonicalize(url, out var canonical, out var origin))
        {
            throw ApiException.BadRequest("invalid_story_url", "Give the story as 'storyId' or as an absolute http(s) 'url'.");
        }

        var urlKey = $"story-url:{site.Id}:{canonical}";
        if (cache.TryGetValue(urlKey, out long cached))
        {
            return cached;
        }

        var found = await Db.Stories.Where(s => s.SiteId == site.Id && s.Url == canonical).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
        found ??= site.AllowsOrigin(origin) ? await CreateAsync(site, canonical, title, ct) : throw StoryNotFound();
        cache.Set(urlKey, found.Value, TimeSpan.FromMinutes(10));
        return found.Value;
    }

    private async Task<long> CreateAsync(SiteInfo site, string url, string? title, CancellationToken ct)
    {
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? url : title.Trim();
        if (cleanTitle.Length > MaxTitleLength || cleanTitle.Any(char.IsControl))
        {
            throw ApiException.BadRequest("invalid_story_title", $"A story title is at most {MaxTitleLength} characters, without control characters.");
        }

        var story = new Story { SiteId = site.Id, Url = url, Title = cleanTitle, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Db.Stories.Add(story);
        try
        {
            await Db.SaveChangesAsync(ct);
            return story.Id;
        }
        catch (DbUpdateException)
        {
            // Two first readers raced to create the same story: the other one won, use its row.
            Db.Entry(story).State = EntityState.Detached;
            return await Db.Stories.Where(s => s.SiteId == site.Id && s.Url == url).Select(s => s.Id).FirstAsync(ct);
        }
    }

    public static ApiException StoryNotFound() => ApiException.NotFound("story_not_found", "There is no such story on this site.");
}
