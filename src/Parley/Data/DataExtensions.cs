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
                PreparePostgres(options.ConnectionString), n => n.MigrationsHistoryTable("__EFMigrationsHistory")));
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

    /// <summary>
    /// Npgsql defaults tuned for Parley's short queries, unless the connection string sets them: statements
    /// used repeatedly are prepared once per connection (saves PostgreSQL's parse and plan on every post and
    /// read), and returning a connection to the pool skips the DISCARD ALL round trip (Parley sets no session
    /// state that could leak between uses).
    /// </summary>
    internal static string PreparePostgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!HasKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!HasKey(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        if (!HasKey(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // A plain builder keeps exactly the keys the operator wrote (Npgsql's own reports every known keyword).
    private static bool HasKey(string connectionString, params string[] names)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return names.Any(given.ContainsKey);
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
