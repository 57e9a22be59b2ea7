using System.ComponentModel.DataAnnotations;

namespace Parley.Data;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section <c>Database</c>. SQLite in ./data by default; PostgreSQL by configuration.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, a file path is enough; for PostgreSQL, an Npgsql connection string.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/parley.db";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool Migrate { get; set; } = true;
}
