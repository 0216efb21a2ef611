using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. A committed transaction survives a killed process;
/// writers take turns in-process instead of spinning on SQLite's file lock.
/// </summary>
public sealed class SqliteChatStore(string connectionString) : RelationalChatStore
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    protected override IEnumerable<string> SchemaStatements =>
    [
        "PRAGMA journal_mode = WAL",
        """
        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT PRIMARY KEY, tenant TEXT NOT NULL, shop_id TEXT NOT NULL, buyer_id TEXT NOT NULL, created_at INTEGER NOT NULL,
            UNIQUE (tenant, shop_id, buyer_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, conversation_id TEXT NOT NULL,
            shop_id TEXT NOT NULL, sender_id TEXT NOT NULL, sender_role TEXT NOT NULL, client_message_id TEXT NOT NULL,
            text TEXT NOT NULL, delivered_text TEXT NULL, action TEXT NOT NULL, labels TEXT NOT NULL, verdict TEXT NOT NULL,
            profile TEXT NOT NULL, profile_version TEXT NOT NULL, state INTEGER NOT NULL, sent_at INTEGER NOT NULL,
            UNIQUE (tenant, sender_id, client_message_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_messages_conversation ON messages (tenant, conversation_id, seq)",
    ];

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // NORMAL is durable against a killed process in WAL mode (only an OS crash could lose the last commits).
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    protected override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        return new Release(_writer);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
