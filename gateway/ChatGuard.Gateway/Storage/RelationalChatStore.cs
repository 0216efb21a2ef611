using System.Data.Common;
using System.Text.Json;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The SQL both stores share (SQLite and PostgreSQL accept the same statements here); each subclass gives
/// its connection and its schema dialect. Timestamps are Unix milliseconds so both sides store them alike.
/// </summary>
public abstract class RelationalChatStore : IChatStore
{
    private const string MessageColumns =
        "seq, id, tenant, conversation_id, shop_id, sender_id, sender_role, client_message_id, text, delivered_text, " +
        "action, labels, verdict, profile, profile_version, state, sent_at";

    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Statements that create the schema if missing; run once at start.</summary>
    protected abstract IEnumerable<string> SchemaStatements { get; }

    /// <summary>Serializes writers where the engine would otherwise make them spin on a lock (SQLite).</summary>
    protected virtual ValueTask<IDisposable?> EnterWriteAsync(CancellationToken ct) => ValueTask.FromResult<IDisposable?>(null);

    public virtual async Task InitializeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        foreach (var statement in SchemaStatements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task PingAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(ct);
    }

    public async Task<Conversation> GetOrCreateConversationAsync(Conversation candidate, CancellationToken ct)
    {
        using (await EnterWriteAsync(ct))
        {
            await using var connection = await OpenAsync(ct);
            await using var insert = Command(connection,
                "INSERT INTO conversations (id, tenant, shop_id, buyer_id, created_at) VALUES (@id, @tenant, @shop, @buyer, @created) " +
                "ON CONFLICT (tenant, shop_id, buyer_id) DO NOTHING",
                ("id", candidate.Id), ("tenant", candidate.Tenant), ("shop", candidate.ShopId), ("buyer", candidate.BuyerId),
                ("created", candidate.CreatedAt.ToUnixTimeMilliseconds()));
            await insert.ExecuteNonQueryAsync(ct);
            await using var select = Command(connection,
                "SELECT id, tenant, shop_id, buyer_id, created_at FROM conversations WHERE tenant = @tenant AND shop_id = @shop AND buyer_id = @buyer",
                ("tenant", candidate.Tenant), ("shop", candidate.ShopId), ("buyer", candidate.BuyerId));
            return await ReadConversationAsync(select, ct) ?? throw new InvalidOperationException("conversation vanished after insert");
        }
    }

    public async Task<Conversation?> GetConversationAsync(string tenant, string conversationId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var select = Command(connection,
            "SELECT id, tenant, shop_id, buyer_id, created_at FROM conversations WHERE tenant = @tenant AND id = @id",
            ("tenant", tenant), ("id", conversationId));
        return await ReadConversationAsync(select, ct);
    }

    public async Task<StoredMessage?> FindByClientMessageIdAsync(string tenant, string senderId, string clientMessageId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var select = Command(connection,
            $"SELECT {MessageColumns} FROM messages WHERE tenant = @tenant AND sender_id = @sender AND client_message_id = @client",
            ("tenant", tenant), ("sender", senderId), ("client", clientMessageId));
        return (await ReadMessagesAsync(select, ct)).FirstOrDefault();
    }

    public async Task<(StoredMessage Message, bool Inserted)> AppendMessageAsync(StoredMessage m, CancellationToken ct)
    {
        using (await EnterWriteAsync(ct))
        {
            await using var connection = await OpenAsync(ct);
            await using var insert = Command(connection,
                "INSERT INTO messages (id, tenant, conversation_id, shop_id, sender_id, sender_role, client_message_id, text, delivered_text, " +
                "action, labels, verdict, profile, profile_version, state, sent_at) VALUES (@id, @tenant, @conversation, @shop, @sender, @role, " +
                "@client, @text, @delivered, @action, @labels, @verdict, @profile, @version, @state, @sent) " +
                "ON CONFLICT (tenant, sender_id, client_message_id) DO NOTHING RETURNING seq",
                ("id", m.Id), ("tenant", m.Tenant), ("conversation", m.ConversationId), ("shop", m.ShopId), ("sender", m.SenderId),
                ("role", m.SenderRole), ("client", m.ClientMessageId), ("text", m.Text), ("delivered", m.DeliveredText),
                ("action", m.Action), ("labels", JsonSerializer.Serialize(m.Labels)), ("verdict", m.VerdictJson),
                ("profile", m.Profile), ("version", m.ProfileVersion), ("state", (int)m.State), ("sent", m.SentAt.ToUnixTimeMilliseconds()));
            var seq = await insert.ExecuteScalarAsync(ct);
            if (seq is not null and not DBNull) return (m with { Sequence = Convert.ToInt64(seq) }, true);
        }
        var existing = await FindByClientMessageIdAsync(m.Tenant, m.SenderId, m.ClientMessageId, ct)
            ?? throw new InvalidOperationException("message conflicted on insert but is not stored");
        return (existing, false);
    }

    public async Task<StoredMessage?> GetMessageAsync(string tenant, string messageId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var select = Command(connection,
            $"SELECT {MessageColumns} FROM messages WHERE tenant = @tenant AND id = @id", ("tenant", tenant), ("id", messageId));
        return (await ReadMessagesAsync(select, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string tenant, string conversationId, long afterSequence, int limit, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var select = Command(connection,
            $"SELECT {MessageColumns} FROM messages WHERE tenant = @tenant AND conversation_id = @conversation AND seq > @after ORDER BY seq LIMIT @limit",
            ("tenant", tenant), ("conversation", conversationId), ("after", afterSequence), ("limit", limit));
        return await ReadMessagesAsync(select, ct);
    }

    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
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

    private static async Task<Conversation?> ReadConversationAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Conversation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
    }

    private static async Task<List<StoredMessage>> ReadMessagesAsync(DbCommand command, CancellationToken ct)
    {
        var list = new List<StoredMessage>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(new StoredMessage
            {
                Sequence = reader.GetInt64(0),
                Id = reader.GetString(1),
                Tenant = reader.GetString(2),
                ConversationId = reader.GetString(3),
                ShopId = reader.GetString(4),
                SenderId = reader.GetString(5),
                SenderRole = reader.GetString(6),
                ClientMessageId = reader.GetString(7),
                Text = reader.GetString(8),
                DeliveredText = reader.IsDBNull(9) ? null : reader.GetString(9),
                Action = reader.GetString(10),
                Labels = JsonSerializer.Deserialize<string[]>(reader.GetString(11)) ?? [],
                VerdictJson = reader.GetString(12),
                Profile = reader.GetString(13),
                ProfileVersion = reader.GetString(14),
                State = (DeliveryState)reader.GetInt32(15),
                SentAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(16)),
            });
        }
        return list;
    }
}
