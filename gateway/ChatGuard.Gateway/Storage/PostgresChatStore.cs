using System.Data.Common;
using Npgsql;

namespace ChatGuard.Gateway.Storage;

/// <summary>The production store: PostgreSQL through Npgsql's pooled data source, shared by every gateway node.</summary>
public sealed class PostgresChatStore(NpgsqlDataSource dataSource) : RelationalChatStore
{
    protected override IEnumerable<string> SchemaStatements =>
    [
        """
        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT PRIMARY KEY, tenant TEXT NOT NULL, shop_id TEXT NOT NULL, buyer_id TEXT NOT NULL, created_at BIGINT NOT NULL,
            UNIQUE (tenant, shop_id, buyer_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS messages (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, conversation_id TEXT NOT NULL,
            shop_id TEXT NOT NULL, sender_id TEXT NOT NULL, sender_role TEXT NOT NULL, client_message_id TEXT NOT NULL,
            text TEXT NOT NULL, delivered_text TEXT NULL, action TEXT NOT NULL, labels TEXT NOT NULL, verdict TEXT NOT NULL,
            profile TEXT NOT NULL, profile_version TEXT NOT NULL, state INTEGER NOT NULL, sent_at BIGINT NOT NULL,
            UNIQUE (tenant, sender_id, client_message_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_messages_conversation ON messages (tenant, conversation_id, seq)",
    ];

    public override async Task InitializeAsync(CancellationToken ct)
    {
        // Several nodes may start at once: one takes the schema lock, the others wait and find the tables there.
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = Command(connection, "SELECT pg_advisory_xact_lock(4242001)"))
        {
            lockCommand.Transaction = transaction;
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        foreach (var statement in SchemaStatements)
        {
            await using var command = Command(connection, statement);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);
}
