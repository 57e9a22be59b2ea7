using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Infrastructure;

namespace Parley.Features.Perspective;

/// <summary>
/// <c>parley keys create|list|rotate|revoke --site SLUG [--name N] [--rps N] [--id ID]</c>: manages a
/// site's Perspective keys without the web host (same configuration and database). A running server sees
/// a revocation within <see cref="PerspectiveOptions.KeyCacheSeconds"/>; the workspace revokes at once.
/// </summary>
internal static class KeysCommand
{
    private const string Usage = "usage: parley keys create|list|rotate|revoke|quota --site SLUG [--name NAME] [--rps N] [--id ID]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" || !TryParse(args[1..], out var o))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddData(builder.Configuration).AddPerspective(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().Database.MigrateAsync();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        try
        {
            return await RunAsync(keys, args[0], o);
        }
        catch (ApiException e)
        {
            await Console.Error.WriteLineAsync($"parley keys: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(ApiKeyService keys, string verb, Dictionary<string, string> o)
    {
        var site = o.GetValueOrDefault("site") ?? "";
        var ct = CancellationToken.None;
        switch (verb)
        {
            case "create":
                Print(await keys.CreateAsync(site, o.GetValueOrDefault("name") ?? "default", Int(o, "rps"), ct));
                return 0;
            case "list":
                Console.WriteLine("id\tname\tprefix\trps\tcreated\trevoked\tlast used");
                foreach (var k in await keys.ListAsync(site, ct))
                {
                    Console.WriteLine($"{k.Id}\t{k.Name}\t{k.Prefix}…\t{k.RequestsPerSecond}\t{k.CreatedAt:u}\t{k.RevokedAt:u}\t{k.LastUsedAt:u}");
                }

                return 0;
            case "rotate" when Int(o, "id") is { } id:
                Print(await keys.RotateAsync(site, id, ct));
                return 0;
            case "revoke" when Int(o, "id") is { } id:
                var revoked = await keys.RevokeAsync(site, id, ct);
                Console.WriteLine($"Key {revoked.Id} ({revoked.Name}) of site '{site}' is revoked.");
                return 0;
            case "quota" when Int(o, "id") is { } id && Int(o, "rps") is { } rps:
                var changed = await keys.SetQuotaAsync(site, id, rps, ct);
                Console.WriteLine($"Key {changed.Id} ({changed.Name}) now allows {changed.RequestsPerSecond} requests per second.");
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    /// <summary>The secret goes to stdout alone on its line (scriptable), the explanation to stderr.</summary>
    private static void Print(IssuedApiKey issued)
    {
        Console.Error.WriteLine($"Key {issued.Key.Id} ({issued.Key.Name}) for site '{issued.Key.Site}', {issued.Key.RequestsPerSecond} requests/s. It is shown once; store it now:");
        Console.WriteLine(issued.Secret);
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return false;
            }

            options[args[i][2..]] = args[i + 1];
        }

        return options.ContainsKey("site");
    }

    private static int? Int(Dictionary<string, string> o, string name) =>
        o.TryGetValue(name, out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
