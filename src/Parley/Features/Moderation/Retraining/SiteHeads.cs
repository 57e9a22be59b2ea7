using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Parley.Data;

namespace Parley.Features.Moderation.Retraining;

/// <summary>The active head of each site, loaded once and refreshed every few minutes or when retrained here.</summary>
internal sealed class SiteHeads(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<long, (SiteHead? Head, DateTimeOffset LoadedAt)> _heads = new();

    public async ValueTask<SiteHead?> ActiveAsync(long siteId, CancellationToken ct)
    {
        if (_heads.TryGetValue(siteId, out var cached) && clock.GetUtcNow() - cached.LoadedAt < RefreshAfter)
        {
            return cached.Head;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var bytes = await db.SiteModels.AsNoTracking().Where(m => m.SiteId == siteId && m.Active)
            .OrderByDescending(m => m.CreatedAt).Select(m => m.Heads).FirstOrDefaultAsync(ct);
        var head = bytes is null ? null : SiteHead.Deserialize(bytes);
        _heads[siteId] = (head, clock.GetUtcNow());
        return head;
    }

    public void Forget(long siteId) => _heads.TryRemove(siteId, out _);
}
