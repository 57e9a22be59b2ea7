using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Data;

namespace Parley.Features.Moderation.Retraining;

/// <summary><c>parley retrain --site SLUG</c>: one retraining run against the configured database, report as JSON.</summary>
internal static class RetrainCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var i = Array.IndexOf(args, "--site");
        if (i < 0 || i + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("usage: parley retrain --site SLUG");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System).AddMemoryCache().AddData(builder.Configuration).AddModeration(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().Database.MigrateAsync();
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<SiteRetrainer>().RunAsync(args[i + 1], CancellationToken.None);
            Console.WriteLine(JsonSerializer.Serialize(report, JsonSerializerOptions.Web));
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync("parley retrain: " + e.Message);
            return 1;
        }
    }
}
