using System.Data.Common;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The writer's connection, its kept statements, and the transaction of the batch being written.
/// </summary>
public sealed class SqlWriteBatch(DbConnection connection) : IAsyncDisposable
{
    private readonly KeptStatements _statements = new(connection);
    private DbTransaction? _transaction;

    /// <summary>The statement bound to this batch's transaction with these parameters (named without '@').</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("no write batch is open");
        var command = _statements.Get(sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The writer's connection itself, for upkeep between batches (<see cref="SqlWriteQueue.MaintainAsync"/>).</summary>
    internal DbConnection Connection => _statements.Connection;

    internal async Task BeginAsync(CancellationToken ct) => _transaction = await _statements.Connection.BeginTransactionAsync(ct);

    internal async Task CommitAsync(CancellationToken ct)
    {
        await _transaction!.CommitAsync(ct);
        await EndAsync();
    }

    internal async Task RollbackAsync()
    {
        if (_transaction is null) return;
        try
        {
            await _transaction.RollbackAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The connection itself failed; the caller discards it, and the engine drops the transaction with it.
        }
        await EndAsync();
    }

    private async Task EndAsync()
    {
        if (_transaction is null) return;
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        await _statements.DisposeAsync();
    }
}
