using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation;

/// <summary>An author's active sanctions and recent moderation record, as the pipeline needs them.</summary>
internal sealed record Standing(IReadOnlyList<(SanctionKind Kind, DateTime? Until)> Sanctions, int Decided, int Rejected);

/// <summary>
/// Caches each author's standing briefly so a post costs no sanction or trust query. Sanctions and
/// decisions made through this instance evict it at once; other instances see them within
/// <see cref="CacheFor"/>.
/// </summary>
internal sealed class AuthorStanding(IMemoryCache cache, IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async ValueTask<Standing> GetAsync(long authorId, int windowDays, CancellationToken ct)
    {
        var key = Key(authorId);
        if (cache.TryGetValue(key, out (int Window, Standing Standing) hit) && hit.Window == windowDays)
        {
            return hit.Standing;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var sanctions = await db.Sanctions.AsNoTracking()
            .Where(s => s.CommenterId == authorId && s.LiftedAt == null && (s.Until == null || s.Until > now))
            .Select(s => new { s.Kind, s.Until }).ToListAsync(ct);
        var since = now.AddDays(-windowDays);
        var decided = await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == authorId && c.ModeratedAt != null && c.ModeratedAt > since)
            .GroupBy(c => c.Status == CommentStatus.Rejected)
            .Select(g => new { Rejected = g.Key, Count = g.Count() }).ToListAsync(ct);
        var standing = new Standing(
            [.. sanctions.Select(s => (s.Kind, s.Until))], decided.Sum(d => d.Count), decided.Where(d => d.Rejected).Sum(d => d.Count));

        // A suspension that ends sooner than the cache lifetime must not outlive itself in the cache.
        var expires = sanctions.Where(s => s.Until is not null).Select(s => s.Until!.Value - now).DefaultIfEmpty(CacheFor).Min();
        cache.Set(key, (windowDays, standing), expires < CacheFor ? expires : CacheFor);
        return standing;
    }

    public void Forget(long authorId) => cache.Remove(Key(authorId));

    private static string Key(long authorId) => "standing:" + authorId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
