using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Data;

namespace Parley.Features.Moderation.Retraining;

/// <summary>Section <c>Retraining</c>.</summary>
internal sealed class RetrainingOptions
{
    public const string Section = "Retraining";

    /// <summary>Re-fit every site's head once a week in the background. Off by default: run it when you choose.</summary>
    public bool Weekly { get; set; }
}

/// <summary>The weekly job: retrains each site in turn, off the request path.</summary>
internal sealed class RetrainSchedule(IServiceScopeFactory scopes, IOptions<RetrainingOptions> options, TimeProvider clock, ILogger<RetrainSchedule> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Weekly)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromDays(7), clock);
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
            foreach (var slug in await db.Sites.Select(s => s.Slug).ToListAsync(stoppingToken))
            {
                var report = await scope.ServiceProvider.GetRequiredService<SiteRetrainer>().RunAsync(slug, stoppingToken);
                log.LogInformation("Weekly retrain of site {Site}: switched={Switched} old AUC={Old} new AUC={New}", slug, report.Switched, report.OldAuc, report.NewAuc);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
