using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Perspective;

/// <summary>
/// Real clients against a real Parley listening on 127.0.0.1: Google's Node.js and Python client libraries
/// and Coral's request (tests/Parley.Perspective.E2E), and the <c>parley keys</c> command as its own process.
/// </summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task GoogleNodeClient_AndCoralRequest_WorkAgainstParley()
    {
        if (Which("node") is null || Which("npm") is null)
        {
            Assert.Skip("node and npm are not installed: the Perspective client end-to-end check needs them (apt-get install nodejs npm).");
        }

        var dir = E2EFolder();
        if (!File.Exists(Path.Combine(dir, "node_modules", "googleapis", "package.json")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], dir, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm ci failed:\n{install.Output}");
        }

        await using var app = new ParleyApp();
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var site = await app.CreateSiteAsync();
        var (_, key) = await app.CreateKeyAsync(site.Slug);

        var run = await RunAsync("node", ["client-check.mjs", address, key], dir, TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, $"client check failed:\n{run.Output}");
        Assert.Equal(4, run.Output.Split('\n').Count(l => l.Contains("\"ok\":true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GooglePythonClient_WorksAgainstParley()
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : Which("python3");
        if (python is null || (await RunAsync(python, ["-c", "import googleapiclient"], null, TimeSpan.FromMinutes(1))).ExitCode != 0)
        {
            Assert.Skip("Google's Python client is not installed (apt-get install python3-googleapi): Python end-to-end check skipped.");
        }

        await using var app = new ParleyApp();
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var site = await app.CreateSiteAsync();
        var (_, key) = await app.CreateKeyAsync(site.Slug);

        var run = await RunAsync(python, ["client_check.py", address, key], E2EFolder(), TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, $"client check failed:\n{run.Output}");
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.Contains("\"ok\": true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task KeysCommand_CreatesListsAndRevokes_OnTheServersDatabase()
    {
        await using var app = new ParleyApp();
        var site = await app.CreateSiteAsync();
        var config = app.Services.GetRequiredService<IConfiguration>();
        Dictionary<string, string?> env = new()
        {
            ["Database__Provider"] = config["Database:Provider"],
            ["Database__ConnectionString"] = config["Database:ConnectionString"],
        };
        var cli = Path.Combine(AppContext.BaseDirectory, "parley.dll");

        var created = await RunAsync("dotnet", [cli, "keys", "create", "--site", site.Slug, "--name", "coral", "--rps", "7"], null, TimeSpan.FromMinutes(1), env);
        Assert.True(created.ExitCode == 0, created.Output);
        var secret = created.Stdout.Trim();
        Assert.StartsWith("pk_", secret);
        await app.AnalyzeOkAsync(secret, PerspectiveKit.Request("Nice article."));

        var listed = await RunAsync("dotnet", [cli, "keys", "list", "--site", site.Slug], null, TimeSpan.FromMinutes(1), env);
        var row = Assert.Single(listed.Stdout.Split('\n'), l => l.Contains("coral", StringComparison.Ordinal));
        Assert.Contains("\t7\t", row);
        Assert.DoesNotContain(secret, listed.Output);

        var id = row.Split('\t')[0];
        var revoked = await RunAsync("dotnet", [cli, "keys", "revoke", "--site", site.Slug, "--id", id], null, TimeSpan.FromMinutes(1), env);
        Assert.True(revoked.ExitCode == 0, revoked.Output);

        // Another process revoked it: this server notices when its cached lookup expires.
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await (await app.PostAsync(PerspectiveKit.Analyze, secret, PerspectiveKit.Request("Nice article."))).AssertGoogleErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
    }

    private static string E2EFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Parley.Perspective.E2E");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Parley.Perspective.E2E not found above " + AppContext.BaseDirectory);
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, tool)).FirstOrDefault(File.Exists);

    private sealed record Run(int ExitCode, string Stdout, string Output);

    private static async Task<Run> RunAsync(string file, string[] args, string? cwd, TimeSpan limit, Dictionary<string, string?>? env = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd ?? AppContext.BaseDirectory };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? [])
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran past {limit}.");
        }

        return new Run(process.ExitCode, await stdout, await stdout + await stderr);
    }
}
