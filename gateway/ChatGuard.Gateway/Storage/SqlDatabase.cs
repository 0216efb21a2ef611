using System.Data.Common;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The relational engine behind every store of the gateway (messages, flags, sanctions, attachments, …):
/// connections, the few dialect differences, and writer serialization where the engine needs it.
/// SQLite and PostgreSQL accept the same DML here; only column types of the schema differ.
/// </summary>
public abstract class SqlDatabase : IAsyncDisposable
{
    protected SqlDatabase() => Writes = new SqlWriteQueue(this);

    /// <summary>The send path's writes (messages, flags): batched into group commits.</summary>
    public SqlWriteQueue Writes { get; }

    /// <summary>Column definition of an auto-increasing 64-bit primary key.</summary>
    public abstract string SequencePrimaryKey { get; }

    /// <summary>Column type of a byte string (attachment images).</summary>
    public virtual string BinaryType => "BLOB";

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Serializes writers where the engine would otherwise make them spin on a lock (SQLite).</summary>
    public virtual ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>Runs schema statements once at start; several nodes starting together must not race (PostgreSQL).</summary>
    public virtual async Task ApplySchemaAsync(IEnumerable<string> statements, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await LockSchemaAsync(connection, transaction, ct);
        foreach (var statement in statements)
        {
            await using var command = Command(connection, statement);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    protected virtual Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Writes.DisposeAsync();
    }

    public async Task PingAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, "SELECT 1");
        await command.ExecuteScalarAsync(ct);
    }

    /// <summary>A parameterized command; parameters are named without the '@' the SQL uses.</summary>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
