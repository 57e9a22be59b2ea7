using Microsoft.EntityFrameworkCore;
using Parley.Data;

namespace Parley.Features.Perspective;

/// <summary>
/// Writes keys' <c>LastUsedAt</c> once a minute, off the request path: the hot path only notes the time in
/// memory, and a key used a thousand times a second costs one UPDATE a minute.
/// </summary>
internal sealed class KeyUsageRecorder(KeyRing ring, IServiceScopeFactory scopes, TimeProvider clock, ILogger<KeyUsageRecorder> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await FlushAsync(CancellationToken.None);
        }

        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        var used = ring.TakeUsage();
        if (used.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
            await using var tx = await scope.ServiceProvider.GetRequiredService<WriteGate>().BeginAsync(db, ct);
            foreach (var (id, at) in used)
            {
                await db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, at), ct);
            }

            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // Usage times are informational: losing one minute of them must not stop the service.
            log.LogWarning(e, "Could not record API key usage for {Count} keys", used.Count);
        }
    }
}
