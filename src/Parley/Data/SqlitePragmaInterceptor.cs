using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Parley.Data;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing, enforce foreign keys, and
/// trade a little durability on power loss for fast commits (WAL + synchronous=NORMAL is still crash-safe).
/// EF opens and closes the connection around every query while the native handle stays pooled, so the
/// pragmas run once per native handle rather than on every open.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        object? handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Prepared.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            Prepared.AddOrUpdate(handle, handle);
        }
    }
}
