using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Parley.Data;

/// <summary>
/// Used only by <c>dotnet ef migrations add</c>, so each provider's migrations are generated from the
/// same model without a running database.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParleyDbContext>
{
    public SqliteParleyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteParleyDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParleyDbContext>
{
    public PostgresParleyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParleyDbContext>().UseNpgsql("Host=localhost;Database=parley_design").Options);
}
