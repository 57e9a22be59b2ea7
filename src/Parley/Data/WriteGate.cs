using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Parley.Data;

/// <summary>
/// SQLite has one writer at a time; concurrent writers otherwise spin on SQLITE_BUSY with sleeps, which
/// wrecks latency. Queueing write transactions in-process first makes them run back to back. PostgreSQL
/// needs no gate.
/// </summary>
internal sealed class WriteGate(IOptions<DatabaseOptions> options) : IDisposable
{
    private readonly SemaphoreSlim? _gate = options.Value.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async Task<WriteTransaction> BeginAsync(ParleyDbContext db, CancellationToken ct)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(ct);
        }

        try
        {
            // Our write transactions are all-or-nothing and never retry part of their work, so EF's automatic
            // savepoint around each SaveChanges would only add two round trips per write.
            db.Database.AutoSavepointsEnabled = false;
            return new WriteTransaction(await db.Database.BeginTransactionAsync(ct), _gate);
        }
        catch
        {
            _gate?.Release();
            throw;
        }
    }

    public void Dispose() => _gate?.Dispose();
}

/// <summary>A database transaction that also holds the write gate until disposed.</summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? gate) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            gate?.Release();
        }
    }
}
