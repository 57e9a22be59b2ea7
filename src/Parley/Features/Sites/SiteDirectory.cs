using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Parley.Data;
using Parley.Infrastructure;

namespace Parley.Features.Sites;

/// <summary>What the request path needs to know about a site, immutable and cached.</summary>
internal sealed record SiteInfo(long Id, string Slug, string Name, IReadOnlySet<string> AllowedOrigins, SiteSettings Settings)
{
    public bool AllowsOrigin(string? origin) => origin is not null && AllowedOrigins.Contains(origin.TrimEnd('/').ToLowerInvariant());
}

/// <summary>
/// Resolves a site slug on every widget request without a query; settings changes call
/// <see cref="Invalidate"/>.
/// </summary>
internal sealed class SiteDirectory(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async ValueTask<SiteInfo?> FindAsync(string slug, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(slug), out SiteInfo? hit))
        {
            return hit;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct);
        var info = site is null ? null : ToInfo(site);
        cache.Set(Key(slug), info, CacheFor);
        return info;
    }

    public async ValueTask<SiteInfo> GetAsync(string slug, CancellationToken ct) =>
        await FindAsync(slug, ct) ?? throw ApiException.NotFound("site_not_found", $"There is no site '{Truncate(slug)}'.");

    public void Invalidate(string slug) => cache.Remove(Key(slug));

    internal static SiteInfo ToInfo(Site site) => new(
        site.Id,
        site.Slug,
        site.Name,
        site.AllowedOrigins.Select(o => o.TrimEnd('/').ToLowerInvariant()).ToHashSet(),
        site.Settings);

    private static string Key(string slug) => "site:" + slug;

    private static string Truncate(string s) => s.Length > 64 ? s[..64] : s;
}
