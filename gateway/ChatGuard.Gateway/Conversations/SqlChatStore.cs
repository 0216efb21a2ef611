using System.Data.Common;
using System.Text.Json;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Conversations;

/// <summary>Conversations and messages in SQLite or PostgreSQL. Timestamps are Unix milliseconds on both engines.</summary>
public sealed class SqlChatStore(SqlDatabase db) : IChatStore, ISchemaContributor, IRetentionParticipant
{
    private const string MessageColumns =
        "seq, id, tenant, conversation_id, shop_id, sender_id, sender_role, client_message_id, text, delivered_text, " +
        "action, labels, verdict, profile, profile_version, state, sent_at, attachments";

    private static readonly int MessageColumnCount = MessageColumns.Split(", ").Length;

    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        """
        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT PRIMARY KEY, tenant TEXT NOT NULL, shop_id TEXT NOT NULL, buyer_id TEXT NOT NULL, created_at BIGINT NOT NULL,
            UNIQUE (tenant, shop_id, buyer_id))
        """,
        $"""
        CREATE TABLE IF NOT EXISTS messages (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, conversation_id TEXT NOT NULL,
            shop_id TEXT NOT NULL, sender_id TEXT NOT NULL, sender_role TEXT NOT NULL, client_message_id TEXT NOT NULL,
            text TEXT NOT NULL, delivered_text TEXT NULL, action TEXT NOT NULL, labels TEXT NOT NULL, verdict TEXT NOT NULL,
            profile TEXT NOT NULL, profile_version TEXT NOT NULL, state INTEGER NOT NULL, sent_at BIGINT NOT NULL)
        """,
        // Retries are recognised per sender: the whole identity, as one user id may be a buyer and another shop's agent.
        "CREATE UNIQUE INDEX IF NOT EXISTS ux_messages_client ON messages (tenant, shop_id, sender_role, sender_id, client_message_id)",
        // Added after the first release: images sent with a message, a JSON array of attachment ids.
        database.AddColumn("messages", "attachments", "TEXT NOT NULL DEFAULT '[]'"),
        "CREATE INDEX IF NOT EXISTS ix_messages_conversation ON messages (tenant, conversation_id, seq)",
        // The send path's "last message of the buyer / of the shop" lookups (S3, S5), independent of conversation length.
        "CREATE INDEX IF NOT EXISTS ix_messages_conversation_role ON messages (tenant, conversation_id, sender_role, seq)",
    ];

    public async Task<Conversation> GetOrCreateConversationAsync(Conversation candidate, CancellationToken ct)
    {
        await db.Writes.WriteAsync((batch, token) => batch.Command(
            "INSERT INTO conversations (id, tenant, shop_id, buyer_id, created_at) VALUES (@id, @tenant, @shop, @buyer, @created) " +
            "ON CONFLICT (tenant, shop_id, buyer_id) DO NOTHING",
            ("id", candidate.Id), ("tenant", candidate.Tenant), ("shop", candidate.ShopId), ("buyer", candidate.BuyerId),
            ("created", candidate.CreatedAt.ToUnixTimeMilliseconds())).ExecuteNonQueryAsync(token), ct);
        return await FindConversationAsync(
            "tenant = @tenant AND shop_id = @shop AND buyer_id = @buyer", ct,
            ("tenant", candidate.Tenant), ("shop", candidate.ShopId), ("buyer", candidate.BuyerId))
            ?? throw new InvalidOperationException("conversation vanished after insert");
    }

    public Task<Conversation?> GetConversationAsync(string tenant, string conversationId, CancellationToken ct) =>
        FindConversationAsync("tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", conversationId));

    public async Task<StoredMessage?> FindByClientMessageIdAsync(string tenant, string shopId, string senderRole, string senderId,
        string clientMessageId, CancellationToken ct) =>
        (await QueryMessagesAsync(
            "tenant = @tenant AND shop_id = @shop AND sender_role = @role AND sender_id = @sender AND client_message_id = @client", ct,
            ("tenant", tenant), ("shop", shopId), ("role", senderRole), ("sender", senderId), ("client", clientMessageId))).FirstOrDefault();

    public async Task<bool> IsAttachmentDeliveredAsync(string tenant, string conversationId, string attachmentId, CancellationToken ct)
    {
        await using var session = await db.ReadAsync(ct);
        // The attachments column is a JSON array of ids; the id is matched with its quotes, LIKE's wildcards escaped.
        var pattern = "%\"" + attachmentId.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "\"%";
        var select = session.Command(
            "SELECT 1 FROM messages WHERE tenant = @tenant AND conversation_id = @conversation AND state = @delivered " +
            @"AND attachments LIKE @pattern ESCAPE '\' LIMIT 1",
            ("tenant", tenant), ("conversation", conversationId), ("delivered", (int)DeliveryState.Delivered), ("pattern", pattern));
        return await select.ExecuteScalarAsync(ct) is not null and not DBNull;
    }

    public async Task<(StoredMessage Message, bool Inserted)> AppendMessageAsync(StoredMessage m, CancellationToken ct)
    {
        var seq = await db.Writes.WriteAsync((batch, token) => InsertMessageAsync(batch, m, token), ct);
        return seq is { } assigned ? (m with { Sequence = assigned }, true) : (await FindStoredInsteadAsync(m, ct), false);
    }

    public async Task<StoredMessage> FindStoredInsteadAsync(StoredMessage attempted, CancellationToken ct) =>
        await FindByClientMessageIdAsync(attempted.Tenant, attempted.ShopId, attempted.SenderRole, attempted.SenderId, attempted.ClientMessageId, ct)
            ?? throw new InvalidOperationException("message conflicted on insert but is not stored");

    public async Task<long?> InsertMessageAsync(SqlWriteBatch batch, StoredMessage m, CancellationToken ct)
    {
        var inserted = await batch.Command(
            "INSERT INTO messages (id, tenant, conversation_id, shop_id, sender_id, sender_role, client_message_id, text, delivered_text, " +
            "action, labels, verdict, profile, profile_version, state, sent_at, attachments) VALUES (@id, @tenant, @conversation, @shop, @sender, " +
            "@role, @client, @text, @delivered, @action, @labels, @verdict, @profile, @version, @state, @sent, @attachments) " +
            "ON CONFLICT (tenant, shop_id, sender_role, sender_id, client_message_id) DO NOTHING RETURNING seq",
            ("id", m.Id), ("tenant", m.Tenant), ("conversation", m.ConversationId), ("shop", m.ShopId), ("sender", m.SenderId),
            ("role", m.SenderRole), ("client", m.ClientMessageId), ("text", m.Text), ("delivered", m.DeliveredText),
            ("action", m.Action), ("labels", JsonSerializer.Serialize(m.Labels)), ("verdict", m.VerdictJson),
            ("profile", m.Profile), ("version", m.ProfileVersion), ("state", (int)m.State), ("sent", m.SentAt.ToUnixTimeMilliseconds()),
            ("attachments", JsonSerializer.Serialize(m.AttachmentIds))).ExecuteScalarAsync(ct);
        return inserted is null or DBNull ? null : Convert.ToInt64(inserted);
    }

    public async Task<StoredMessage?> GetMessageAsync(string tenant, string messageId, CancellationToken ct) =>
        (await QueryMessagesAsync("tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", messageId))).FirstOrDefault();

    public async Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(string tenant, string conversationId, long afterSequence, int limit, CancellationToken ct) =>
        await QueryMessagesAsync("tenant = @tenant AND conversation_id = @conversation AND seq > @after ORDER BY seq LIMIT @limit", ct,
            ("tenant", tenant), ("conversation", conversationId), ("after", afterSequence), ("limit", limit));

    public async Task<IReadOnlyList<FlagContextMessage>> ListFlagContextAsync(string tenant, string conversationId, long beforeSequence, int limit, CancellationToken ct)
    {
        await using var session = await db.ReadAsync(ct);
        var select = session.Command(
            "SELECT id, sender_role, sender_id, text, action, sent_at FROM messages " +
            "WHERE tenant = @tenant AND conversation_id = @conversation AND seq < @before ORDER BY seq DESC LIMIT @limit",
            ("tenant", tenant), ("conversation", conversationId), ("before", beforeSequence), ("limit", limit));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var newestFirst = new List<FlagContextMessage>(limit);
        while (await reader.ReadAsync(ct))
            newestFirst.Add(new FlagContextMessage(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task<IReadOnlyList<string>> ListRecentTextsAsync(string tenant, string conversationId, string senderId, DateTimeOffset since, int limit, CancellationToken ct)
    {
        // The conversation index's newest rows in the window, then the sender's: bounded however long the conversation.
        await using var session = await db.ReadAsync(ct);
        var select = session.Command(
            "SELECT text FROM (SELECT sender_id, text, seq FROM messages WHERE tenant = @tenant AND conversation_id = @conversation " +
            "AND sent_at >= @since ORDER BY seq DESC LIMIT @window) recent WHERE sender_id = @sender ORDER BY seq DESC LIMIT @limit",
            ("tenant", tenant), ("conversation", conversationId), ("since", since.ToUnixTimeMilliseconds()),
            ("window", limit * RecentWindowFactor), ("sender", senderId), ("limit", limit));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var newestFirst = new List<string>(limit);
        while (await reader.ReadAsync(ct)) newestFirst.Add(reader.GetString(0));
        newestFirst.Reverse();
        return newestFirst;
    }

    // How many of the conversation's newest messages are looked through per sender message wanted (the other side's replies interleave).
    private const int RecentWindowFactor = 4;

    public async Task<StoredMessage?> LatestFromRoleAsync(string tenant, string conversationId, string senderRole, long beforeSequence, CancellationToken ct) =>
        (await QueryMessagesAsync("tenant = @tenant AND conversation_id = @conversation AND sender_role = @role AND seq < @before ORDER BY seq DESC LIMIT 1", ct,
            ("tenant", tenant), ("conversation", conversationId), ("role", senderRole), ("before", beforeSequence))).FirstOrDefault();

    public async Task<StoredMessage?> TransitionAsync(string tenant, string messageId, DeliveryState from, DeliveryState to, string? deliveredText, CancellationToken ct)
    {
        // The state guard makes concurrent or repeated decisions act once.
        var changed = await db.Writes.WriteAsync((batch, token) => batch.Command(
            "UPDATE messages SET state = @to, delivered_text = @delivered WHERE tenant = @tenant AND id = @id AND state = @from",
            ("to", (int)to), ("delivered", deliveredText), ("tenant", tenant), ("id", messageId), ("from", (int)from))
            .ExecuteNonQueryAsync(token), ct);
        return changed == 0 ? null : await GetMessageAsync(tenant, messageId, ct);
    }

    /// <summary>S12: messages past the retention period go; conversations stay as empty shells (ids only).</summary>
    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var delete = SqlDatabase.Command(connection, "DELETE FROM messages WHERE sent_at < @cutoff",
                ("cutoff", cutoff.ToUnixTimeMilliseconds()));
            return await delete.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<IReadOnlyList<ConversationSummary>> ListShopConversationsAsync(string tenant, string shopId, int limit, CancellationToken ct)
    {
        var lastColumns = string.Join(", ", MessageColumns.Split(", ").Select(c => "l." + c));
        // Per conversation: its last delivered message, and the first delivered buyer message after the shop's last
        // delivered agent reply (null when an agent answered last): that buyer is waiting since then. S1: the bot holding
        // reception answers nobody, so its replies do not end the wait. A conversation with nothing delivered (a buyer
        // who only opened the widget, or whose messages were all stopped) is not listed: there is nothing to answer.
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            $"""
            SELECT {lastColumns}, s.id, s.tenant, s.shop_id, s.buyer_id, s.created_at, s.waiting_since FROM (
                SELECT c.id, c.tenant, c.shop_id, c.buyer_id, c.created_at,
                    (SELECT MAX(m.seq) FROM messages m
                     WHERE m.tenant = c.tenant AND m.conversation_id = c.id AND m.state = @delivered) AS last_seq,
                    (SELECT MIN(m.sent_at) FROM messages m
                     WHERE m.tenant = c.tenant AND m.conversation_id = c.id AND m.state = @delivered AND m.sender_role = @buyer
                       AND m.seq > COALESCE((SELECT MAX(r.seq) FROM messages r WHERE r.tenant = c.tenant AND r.conversation_id = c.id
                                             AND r.state = @delivered AND r.sender_role = @agent), 0)) AS waiting_since
                FROM conversations c WHERE c.tenant = @tenant AND c.shop_id = @shop) s
            JOIN messages l ON l.seq = s.last_seq
            ORDER BY CASE WHEN s.waiting_since IS NULL THEN 1 ELSE 0 END, s.waiting_since,
                     l.sent_at DESC, s.id
            LIMIT @limit
            """,
            ("tenant", tenant), ("shop", shopId), ("delivered", (int)DeliveryState.Delivered), ("buyer", Roles.Buyer), ("agent", Roles.Agent), ("limit", limit));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<ConversationSummary>();
        var c0 = MessageColumnCount; // the conversation's columns follow the message columns
        while (await reader.ReadAsync(ct))
        {
            var conversation = new Conversation(reader.GetString(c0), reader.GetString(c0 + 1), reader.GetString(c0 + 2),
                reader.GetString(c0 + 3), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(c0 + 4)));
            var last = reader.IsDBNull(0) ? null : ReadMessage(reader);
            DateTimeOffset? waiting = reader.IsDBNull(c0 + 5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(c0 + 5));
            list.Add(new ConversationSummary(conversation, last, waiting));
        }
        return list;
    }

    private async Task<Conversation?> FindConversationAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var session = await db.ReadAsync(ct);
        var select = session.Command($"SELECT id, tenant, shop_id, buyer_id, created_at FROM conversations WHERE {where}", parameters);
        await using var reader = await select.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Conversation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));
    }

    private async Task<List<StoredMessage>> QueryMessagesAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var session = await db.ReadAsync(ct);
        var select = session.Command($"SELECT {MessageColumns} FROM messages WHERE {where}", parameters);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<StoredMessage>();
        while (await reader.ReadAsync(ct)) list.Add(ReadMessage(reader));
        return list;
    }

    private static StoredMessage ReadMessage(DbDataReader reader) => new()
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
        Labels = StringArray(reader.GetString(11)),
        VerdictJson = reader.GetString(12),
        Profile = reader.GetString(13),
        ProfileVersion = reader.GetString(14),
        State = (DeliveryState)reader.GetInt32(15),
        SentAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(16)),
        AttachmentIds = StringArray(reader.GetString(17)),
    };

    /// <summary>Most messages have no labels and no attachments: their "[]" needs no parser.</summary>
    private static string[] StringArray(string json) => json is "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
