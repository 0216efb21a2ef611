using System.Data.Common;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The writer's connection and the transaction of the batch being written. Commands are kept per SQL text for
/// the life of the connection, so the engine parses and plans each statement once, not once per message.
/// </summary>
public sealed class SqlWriteBatch(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;

    /// <summary>The statement bound to this batch's transaction with these parameters (named without '@').</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        command.Transaction = _transaction ?? throw new InvalidOperationException("no write batch is open");
        return SqlDatabase.Bind(command, parameters);
    }

    internal async Task BeginAsync(CancellationToken ct) => _transaction = await connection.BeginTransactionAsync(ct);

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
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        await connection.DisposeAsync();
    }
}
