using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Testing;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Sites;

public sealed class PlatformTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task OpenApi_DescribesEveryPublicWidgetEndpoint()
    {
        var doc = await (await App.Client().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/v1/sites/{site}/thread", "/api/v1/sites/{site}/counts", "/api/v1/sites/{site}/comments",
                     "/api/v1/sites/{site}/comments/{id}", "/api/v1/sites/{site}/comments/{id}/vote", "/api/v1/sites/{site}/comments/{id}/flags",
                     "/api/v1/sites/{site}/auth/register", "/api/v1/sites/{site}/auth/signin", "/api/v1/sites/{site}/auth/signout",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }
    }

    [Fact]
    public async Task Logs_HoldNoCommentTextEmailOrIp()
    {
        var site = await App.CreateSiteAsync();
        const string secret = "zebra-unique-body-text-7731";
        await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = secret, displayName = "Eve", email = "eve-7731@example.org" });
        await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = secret + "\u0007", displayName = "Eve" });
        await App.Client().PostAsync($"{site.Api}/comments", new StringContent("{\"body\":\"" + secret, System.Text.Encoding.UTF8, "application/json"));

        var logs = App.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, r => Contains(r, secret) || Contains(r, "eve-7731@example.org") || Contains(r, "127.0.0.1"));
    }

    [Fact]
    public async Task RateLimit_Returns429WithRetryAfter_AndStoresNothingMore()
    {
        await using var app = new ParleyApp(new() { ["RateLimits:PostsPerCommenter"] = "3", ["RateLimits:PostsPerIp"] = "100" });
        var site = await app.CreateSiteAsync();
        var token = await site.GuestAsync();
        await site.PostAsync("1", token);
        await site.PostAsync("2", token);
        await site.PostAsync("3", token);
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "4" }, token);

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(3, (await site.ThreadAsync()).Comments().Count());
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await site.PostAsync("5", token);
    }

    [Fact]
    public async Task RateLimit_PerIp_AppliesToNewGuests()
    {
        await using var app = new ParleyApp(new() { ["RateLimits:PostsPerCommenter"] = "100", ["RateLimits:PostsPerIp"] = "2" });
        var site = await app.CreateSiteAsync();
        await site.PostAsync("1", name: "a");
        await site.PostAsync("2", name: "b");
        await (await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "3", displayName = "c" })).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task Sqlite_EveryConnectionHasForeignKeysBusyTimeoutAndWal()
    {
        if (ParleyApp.PostgresBase is not null)
        {
            Assert.Skip("SQLite pragmas: this run is on PostgreSQL.");
        }

        for (var i = 0; i < 3; i++)
        {
            var (fk, timeout, journal) = await App.DbAsync(async db => (
                await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.SqlQueryRaw<long>(db.Database, "SELECT foreign_keys AS Value FROM pragma_foreign_keys()").SingleAsync(),
                await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.SqlQueryRaw<long>(db.Database, "SELECT timeout AS Value FROM pragma_busy_timeout()").SingleAsync(),
                await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.SqlQueryRaw<string>(db.Database, "SELECT journal_mode AS Value FROM pragma_journal_mode()").SingleAsync()));
            Assert.Equal((1, 5000, "wal"), (fk, timeout, journal));
        }
    }

    private static bool Contains(FakeLogRecord r, string s) =>
        (r.Message?.Contains(s, StringComparison.OrdinalIgnoreCase) ?? false)
        || (r.Exception?.ToString().Contains(s, StringComparison.OrdinalIgnoreCase) ?? false)
        || (r.StructuredState?.Any(kv => kv.Value?.Contains(s, StringComparison.OrdinalIgnoreCase) ?? false) ?? false);
}
