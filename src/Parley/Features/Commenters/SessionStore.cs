using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Parley.Data;
using Parley.Infrastructure;

namespace Parley.Features.Commenters;

internal sealed record SessionInfo(string Id, long CommenterId, long SiteId, Role Role);

/// <summary>
/// Creates and looks up sessions. Lookups are cached briefly so an authenticated request costs no query;
/// ending a session evicts it here at once (other instances see the end within the cache lifetime).
/// </summary>
internal sealed class SessionStore(IServiceScopeFactory scopes, IMemoryCache cache, TokenService tokens, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<AuthOptions> options)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<string> StartAsync(ParleyDbContext db, Commenter commenter, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new AuthSession
        {
            Id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            CommenterId = commenter.Id,
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.TokenLifetimeDays),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return tokens.Issue(new TokenClaims(session.Id, commenter.Id, commenter.SiteId, session.ExpiresAt));
    }

    public async Task<SessionInfo?> FindAsync(string id, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(id), out SessionInfo? hit))
        {
            return hit;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == id && s.ExpiresAt > now)
            .Select(s => new SessionInfo(s.Id, s.CommenterId, s.Commenter!.SiteId, s.Commenter.Role))
            .FirstOrDefaultAsync(ct);
        cache.Set(Key(id), found, CacheFor);
        return found;
    }

    public async Task EndAsync(ParleyDbContext db, string id, CancellationToken ct)
    {
        await db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        cache.Remove(Key(id));
    }

    /// <summary>Forget cached sessions of a commenter whose role changed.</summary>
    public void Forget(string id) => cache.Remove(Key(id));

    private static string Key(string id) => "session:" + id;
}
