using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. A committed transaction survives a killed process;
/// writers take turns in-process instead of spinning on SQLite's file lock.
/// </summary>
public sealed class SqliteDatabase(string connectionString) : SqlDatabase
{
    private static readonly object Configured = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();

    /// <summary>How long a connection waits for SQLite's file locks before it reports busy.</summary>
    public const int BusyTimeoutMs = 5000;

    public override string SequencePrimaryKey => "INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override bool KeepsReadSessions => true;

    // SQLite has no ADD COLUMN IF NOT EXISTS: the plain statement fails on a database that has the column already,
    // and a failed statement leaves the rest of SQLite's transaction intact.
    public override string AddColumn(string table, string column, string definition) => $"ALTER TABLE {table} ADD COLUMN {column} {definition}";

    protected override bool AlreadyApplied(string statement, DbException e) =>
        statement.StartsWith("ALTER TABLE", StringComparison.Ordinal) && e.Message.Contains("duplicate column name", StringComparison.Ordinal);

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // PRAGMAs belong to the native handle, which the pool reuses: set them once per handle, not per operation
        // (a statement round per store call on the send path otherwise).
        if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
        {
            // NORMAL is durable against a killed process in WAL mode (only an OS crash could lose the last commits).
            // No memory-mapped reads: every checkpoint that grows the file made each connection unmap and remap it on
            // its next read, and those calls serialize the whole process on the kernel's mmap lock (50-200 ms
            // stalls under load). A bigger page cache keeps a large batch from spilling to the log mid-transaction.
            // Checkpoints are the background SqliteCheckpointer's job; the automatic one only backs it up.
            await using var pragma = Command(connection,
                $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA wal_autocheckpoint = 20000; PRAGMA cache_size = -16384;");
            await pragma.ExecuteNonQueryAsync(ct);
            _configured.AddOrUpdate(handle, Configured);
        }
        return connection;
    }

    /// <summary>WAL is a property of the file and cannot be switched inside the schema transaction.</summary>
    public override async Task ApplySchemaAsync(IEnumerable<string> statements, CancellationToken ct)
    {
        await using (var connection = await OpenAsync(ct))
        await using (var wal = Command(connection, "PRAGMA journal_mode = WAL"))
            await wal.ExecuteNonQueryAsync(ct);
        await base.ApplySchemaAsync(statements, ct);
    }

    public override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        return new Release(_writer);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
