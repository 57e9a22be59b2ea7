using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parley.Data;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing, enforce foreign keys, and
/// trade a little durability on power loss for fast commits (WAL + synchronous=NORMAL is still crash-safe).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
