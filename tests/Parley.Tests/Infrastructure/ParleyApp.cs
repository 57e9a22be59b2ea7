using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Parley.Data;
using Parley.Features.Sites;

namespace Parley.Tests.Infrastructure;

/// <summary>
/// A real Parley server in-process on a real database: SQLite in a temp file, or PostgreSQL when
/// PARLEY_TEST_POSTGRES holds a connection string (test.sh runs the suite once per database). Each app
/// gets its own database; each test makes its own site, so tests never see each other's data.
/// </summary>
public sealed class ParleyApp : WebApplicationFactory<Program>
{
    private readonly string _dbName = "parley_test_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-test-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration over the test defaults.</param>
    /// <param name="services">Replaces services after the app's own (failure injection at a dependency's edge).</param>
    public ParleyApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Seed:Demo"] = "false",
            ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Auth:KeyFile"] = Path.Combine(_dir, "signing.key"),
            ["RateLimits:PostsPerCommenter"] = "10000",
            ["RateLimits:PostsPerIp"] = "10000",
        };
        if (PostgresBase is { } pg)
        {
            using (var admin = new NpgsqlConnection(pg))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_dbName}", admin);
                create.ExecuteNonQuery();
            }

            _settings["Database:Provider"] = "Postgres";
            _settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(pg) { Database = _dbName }.ToString();
        }
        else
        {
            _settings["Database:Provider"] = "Sqlite";
            _settings["Database:ConnectionString"] = $"Data Source={Path.Combine(_dir, "parley.db")}";
        }

        foreach (var (k, v) in settings ?? [])
        {
            _settings[k] = v;
        }
    }

    /// <summary>Admin connection string of the throwaway PostgreSQL cluster, when the suite runs on it.</summary>
    public static string? PostgresBase => Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddLogging(l => l.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
            _services?.Invoke(services);
        });
    }

    /// <summary>Creates a fresh site (tenant) with the given allowed origins.</summary>
    public async Task<TestSite> CreateSiteAsync(params string[] origins)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        var slug = "s" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
        var site = new Site
        {
            Slug = slug,
            Name = "Test " + slug,
            AllowedOrigins = origins.Length > 0 ? [.. origins] : ["https://news.example"],
            CreatedAt = Clock.GetUtcNow().UtcDateTime,
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return new TestSite(this, site.Id, slug, site.AllowedOrigins[0]);
    }

    /// <summary>Runs code against the database directly (arrange and assert what is stored).</summary>
    internal async Task<T> DbAsync<T>(Func<ParleyDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ParleyDbContext>());
    }

    public HttpClient Client(string? token = null)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (PostgresBase is { } pg)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(pg);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_dbName} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
            // A file still open on some platforms: the temp folder is cleaned by the OS.
        }
    }
}
