using System.Collections.Concurrent;
using System.Data;
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

    /// <summary>Idle read sessions kept open; more concurrent readers than this open and close their own.</summary>
    private const int MaxIdleReaders = 16;

    private readonly ConcurrentBag<SqlReadSession> _readers = [];
    private int _idleReaders;
    private volatile bool _disposed;

    /// <summary>A session for reads on the send path (prepared statements reused); dispose it to return it.</summary>
    public async ValueTask<SqlReadSession> ReadAsync(CancellationToken ct)
    {
        if (_readers.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleReaders);
            return session;
        }
        return new SqlReadSession(this, await OpenAsync(ct));
    }

    internal async ValueTask ReturnAsync(SqlReadSession session)
    {
        if (KeepsReadSessions && !_disposed && session.Connection.State == ConnectionState.Open)
        {
            if (Interlocked.Increment(ref _idleReaders) <= MaxIdleReaders)
            {
                _readers.Add(session);
                return;
            }
            Interlocked.Decrement(ref _idleReaders);
        }
        await session.CloseAsync();
    }

    /// <summary>
    /// Whether read sessions stay open between uses. Worth it where preparing dominates a lookup and the engine is
    /// in-process (SQLite); a server connection may die while idle, so server engines rely on their driver's pool.
    /// </summary>
    protected virtual bool KeepsReadSessions => false;

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
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (DbException e) when (AlreadyApplied(statement, e))
            {
            }
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>A statement adding a column to an existing table unless it is there (a schema change on upgrade).</summary>
    public virtual string AddColumn(string table, string column, string definition) =>
        $"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {definition}";

    /// <summary>Whether a schema statement's failure means it had been applied before (engines without IF NOT EXISTS).</summary>
    protected virtual bool AlreadyApplied(string statement, DbException e) => false;

    protected virtual Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        _disposed = true;
        await Writes.DisposeAsync();
        while (_readers.TryTake(out var session)) await session.CloseAsync();
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
        return Bind(command, parameters);
    }

    /// <summary>
    /// Binds the command to these parameters. A kept statement comes back with the same names each time: its parameter
    /// objects get the new values instead of being rebuilt (two allocations per parameter per statement otherwise).
    /// </summary>
    public static DbCommand Bind(DbCommand command, (string Name, object? Value)[] parameters)
    {
        var bound = command.Parameters;
        if (!SameNames(bound, parameters))
        {
            bound.Clear();
            foreach (var (name, _) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                bound.Add(p);
            }
        }
        for (var i = 0; i < parameters.Length; i++) bound[i].Value = parameters[i].Value ?? DBNull.Value;
        return command;
    }

    private static bool SameNames(DbParameterCollection bound, (string Name, object? Value)[] parameters)
    {
        if (bound.Count != parameters.Length) return false;
        for (var i = 0; i < parameters.Length; i++)
            if (!string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal)) return false;
        return true;
    }
}
