using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Parley.Data;

public static class DataExtensions
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<ParleyDbContext, PostgresParleyDbContext>(o => o.UseNpgsql(
                options.ConnectionString, n => n.MigrationsHistoryTable("__EFMigrationsHistory")));
        }
        else
        {
            var connectionString = PrepareSqlite(options.ConnectionString);
            services.AddDbContextPool<ParleyDbContext, SqliteParleyDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmaInterceptor()));
        }

        services.AddSingleton<WriteGate>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    /// <summary>Creates the database folder and switches the file to WAL once (the mode persists in the file).</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(dir);
        }

        builder.Pooling = true;
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
        return builder.ToString();
    }
}
