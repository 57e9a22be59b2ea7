using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Features.Commenters;
using Parley.Features.Demo;
using Parley.Features.Sites;
using Parley.Features.Stories;

namespace Parley.Data;

/// <summary>
/// Applies migrations and, on an empty database, creates the demo site, its articles and an admin
/// account whose one-time password is printed to the console (never logged).
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, IOptions<SeedOptions> seed, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        if (database.Value.Migrate)
        {
            await db.Database.MigrateAsync(ct);
        }

        if (seed.Value.Demo && !await db.Sites.AnyAsync(ct))
        {
            await SeedDemoAsync(db, scope.ServiceProvider.GetRequiredService<AccountService>(), ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task SeedDemoAsync(ParleyDbContext db, AccountService accounts, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var publicUrl = seed.Value.PublicUrl.TrimEnd('/');
        var origins = new List<string> { publicUrl };
        if (publicUrl.Contains("localhost", StringComparison.Ordinal))
        {
            origins.Add(publicUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }

        var site = new Site { Slug = "demo", Name = "Demo Daily", AllowedOrigins = origins, CreatedAt = now };
        db.Sites.Add(site);
        await db.SaveChangesAsync(ct);
        foreach (var article in DemoArticles.All)
        {
            db.Stories.Add(new Story { SiteId = site.Id, Url = DemoArticles.UrlOf(publicUrl, article), Title = article.Title, CreatedAt = now });
        }

        await db.SaveChangesAsync(ct);
        var given = seed.Value.AdminPassword;
        var password = given.Length > 0 ? given : Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
        await accounts.EnsureAccountAsync(site.Id, "admin", password, Role.Admin, ct);

        // Printed, not logged: log sinks are kept; the console of a first run is seen once.
        Console.WriteLine();
        Console.WriteLine("  Parley is ready. Demo site 'demo' created.");
        Console.WriteLine(given.Length > 0
            ? "  Admin sign-in: user 'admin', password from Seed:AdminPassword"
            : $"  Admin sign-in (shown once): user 'admin', password '{password}'");
        Console.WriteLine($"  Demo news site: {publicUrl}/   Moderator workspace: {publicUrl}/admin");
        Console.WriteLine();
    }
}
