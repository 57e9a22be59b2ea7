using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(Parley.BrowserTests.Infrastructure.BrowserSuite))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Parley.BrowserTests.Infrastructure;

/// <summary>
/// One real Parley server (demo seed, SQLite in a temp folder) on 127.0.0.1, one tiny "news site" on
/// localhost on another port (so every widget test is cross-origin), and one headless Debian Chromium.
/// Tests get a fresh browser context and a fresh story each, so they never see each other's data.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-browser-").FullName;
    private string _dbPath = "";
    private WebApplicationFactory<Program>? _parley;
    private WebApplication? _host;
    private IPlaywright? _playwright;

    /// <summary>Where Parley (API, embed.js, demo pages) runs: http://127.0.0.1:PORT.</summary>
    public string ApiOrigin { get; private set; } = "";

    /// <summary>Where the host pages run: http://localhost:PORT2, a different origin from the API.</summary>
    public string HostOrigin { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Host pages by name, served at {HostOrigin}/p/{name}.</summary>
    public ConcurrentDictionary<string, string> Pages { get; } = new();

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScreenshotDir => Path.Combine(RepoRoot, "tests", "Parley.BrowserTests", "screenshots");

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("PARLEY_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at '{chromium}'. Install it with 'apt-get install -y chromium' or point PARLEY_CHROMIUM at a Chromium binary.");
        }

        var apiPort = FreePort();
        ApiOrigin = $"http://127.0.0.1:{apiPort}";
        var dbPath = _dbPath = Path.Combine(_dir, "parley.db");
        _parley = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (k, v) in new Dictionary<string, string>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={dbPath}",
                ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Auth:KeyFile"] = Path.Combine(_dir, "signing.key"),
                ["Seed:Demo"] = "true",
                ["Seed:PublicUrl"] = ApiOrigin,
                ["RateLimits:PostsPerCommenter"] = "1000",
                ["RateLimits:PostsPerIp"] = "1000",
            })
            {
                b.UseSetting(k, v);
            }

            b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        });
        _parley.UseKestrel(o => o.Listen(IPAddress.Loopback, apiPort));
        _parley.StartServer();

        var hostPort = FreePort();
        HostOrigin = $"http://localhost:{hostPort}";
        await AllowOriginAsync(dbPath, HostOrigin);
        _host = StartHostSite(hostPort);
        await _host.StartAsync();

        var home = Directory.CreateDirectory(Path.Combine(_dir, "home")).FullName;
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH")))
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", Directory.CreateDirectory(Path.Combine(_dir, "pw")).FullName);
        }

        // Web-first assertions wait as long as actions do (10 s, see NewContextAsync); Playwright's 5 s default is
        // tight for a 2-core CI box running the server, the test and Chromium together.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = 30_000,
            // The last flag turns on Chromium's third-party-cookie blocking: the widget must not need cookies.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--test-third-party-cookie-phaseout"],
            Env = BrowserEnvironment(home),
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A new browser context with short timeouts: a broken widget fails a test, it never hangs it.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? locale = null, ColorScheme? scheme = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1000, Height = 800 },
            Locale = locale ?? "en-GB",
            ColorScheme = scheme ?? ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    /// <summary>Registers a host page (a fresh story) and returns its URL.</summary>
    public string HostPage(string name, string? head = null, string? body = null, string? scriptAttributes = null)
    {
        Pages[name] = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Story {name}</title>{head}</head>
            <body><h1>Story {name}</h1>{body}
            <div id="parley"></div>
            <script src="{ApiOrigin}/embed.js" data-site="demo" {scriptAttributes} async></script>
            </body></html>
            """;
        return $"{HostOrigin}/p/{name}";
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }

        if (_parley is not null)
        {
            await _parley.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Changes what the API has no endpoint for yet (closing a story); tests must not read the row first (caches).</summary>
    public async Task<int> ExecuteSqlAsync(string sql, string value)
    {
        await using var db = new SqliteConnection($"Data Source={_dbPath}");
        await db.OpenAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$value", value);
        return await cmd.ExecuteNonQueryAsync();
    }

    // The demo site allows only Parley's own origin; the cross-origin host pages need theirs too.
    private static async Task AllowOriginAsync(string dbPath, string origin)
    {
        await using var db = new SqliteConnection($"Data Source={dbPath}");
        await db.OpenAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = "UPDATE Sites SET AllowedOrigins = AllowedOrigins || ' ' || $origin WHERE Slug = 'demo'";
        cmd.Parameters.AddWithValue("$origin", origin);
        if (await cmd.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException("The demo site was not seeded.");
        }
    }

    private WebApplication StartHostSite(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.ListenLocalhost(port));
        var app = builder.Build();
        app.MapGet("/p/{name}", (string name) =>
            Pages.TryGetValue(name, out var html) ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        return app;
    }

    // Chromium writes crash-report and dconf folders under HOME: give it its own.
    private static Dictionary<string, string> BrowserEnvironment(string home)
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        env["HOME"] = home;
        return env;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
