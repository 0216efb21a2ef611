using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// Ratings and exclusions in their own tables; the shop's messages read from <c>messages</c> through an index on
/// (tenant, shop_id, sent_at) this store adds.
/// </summary>
public sealed class SqlAssessmentStore(SqlDatabase db) : IAssessmentStore, ISchemaContributor
{
    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        "CREATE INDEX IF NOT EXISTS ix_messages_shop_time ON messages (tenant, shop_id, sent_at)",
        """
        CREATE TABLE IF NOT EXISTS conversation_ratings (
            tenant TEXT NOT NULL, conversation_id TEXT NOT NULL, shop_id TEXT NOT NULL, rating TEXT NOT NULL, rated_at BIGINT NOT NULL,
            PRIMARY KEY (tenant, conversation_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_ratings_shop_time ON conversation_ratings (tenant, shop_id, rated_at)",
        """
        CREATE TABLE IF NOT EXISTS assessment_exclusions (
            tenant TEXT NOT NULL, message_id TEXT NOT NULL, shop_id TEXT NOT NULL, reason TEXT NOT NULL, excluded_at BIGINT NOT NULL,
            PRIMARY KEY (tenant, message_id))
        """,
    ];

    public async Task<IReadOnlyList<CountedMessage>> ListCountedMessagesAsync(string tenant, string shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT m.id, m.conversation_id, m.sender_role, m.state, m.sent_at, m.profile FROM messages m " +
            "WHERE m.tenant = @tenant AND m.shop_id = @shop AND m.sent_at >= @from AND m.sent_at < @to " +
            "AND NOT EXISTS (SELECT 1 FROM assessment_exclusions x WHERE x.tenant = m.tenant AND x.message_id = m.id) ORDER BY m.seq",
            ("tenant", tenant), ("shop", shopId), ("from", from.ToUnixTimeMilliseconds()), ("to", to.ToUnixTimeMilliseconds()));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<CountedMessage>();
        while (await reader.ReadAsync(ct))
            list.Add(new CountedMessage(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == (int)DeliveryState.Delivered,
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), reader.GetString(5)));
        return list;
    }

    public async Task<bool> RateAsync(string tenant, string shopId, string conversationId, string rating, DateTimeOffset at, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var insert = SqlDatabase.Command(connection,
                "INSERT INTO conversation_ratings (tenant, conversation_id, shop_id, rating, rated_at) VALUES (@tenant, @conversation, @shop, @rating, @at) " +
                "ON CONFLICT (tenant, conversation_id) DO NOTHING",
                ("tenant", tenant), ("conversation", conversationId), ("shop", shopId), ("rating", rating), ("at", at.ToUnixTimeMilliseconds()));
            return await insert.ExecuteNonQueryAsync(ct) == 1;
        }
    }

    public async Task<bool> HasExchangeAsync(string tenant, string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT 1 FROM messages WHERE tenant = @tenant AND conversation_id = @conversation AND sender_role IN (@agent, @bot) " +
            "AND state = @delivered AND seq > (SELECT MIN(seq) FROM messages WHERE tenant = @tenant AND conversation_id = @conversation " +
            "AND sender_role = @buyer AND state = @delivered) LIMIT 1",
            ("tenant", tenant), ("conversation", conversationId), ("agent", Roles.Agent), ("bot", Roles.Bot), ("buyer", Roles.Buyer),
            ("delivered", (int)DeliveryState.Delivered));
        return await select.ExecuteScalarAsync(ct) is not null and not DBNull;
    }

    public async Task<RatingCounts> CountRatingsAsync(string tenant, string shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT rating, COUNT(*) FROM conversation_ratings WHERE tenant = @tenant AND shop_id = @shop AND rated_at >= @from AND rated_at < @to GROUP BY rating",
            ("tenant", tenant), ("shop", shopId), ("from", from.ToUnixTimeMilliseconds()), ("to", to.ToUnixTimeMilliseconds()));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return new RatingCounts(counts.GetValueOrDefault(Ratings.Satisfied), counts.GetValueOrDefault(Ratings.Neutral), counts.GetValueOrDefault(Ratings.Disappointed));
    }

    public async Task<IReadOnlyList<DateTimeOffset>> ExcludeAsync(string tenant, string shopId, IReadOnlyCollection<string> messageIds, string reason,
        DateTimeOffset at, CancellationToken ct)
    {
        var sent = new List<DateTimeOffset>();
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var id in messageIds.Distinct())
            {
                await using var find = SqlDatabase.Command(connection, "SELECT sent_at FROM messages WHERE tenant = @tenant AND shop_id = @shop AND id = @id",
                    ("tenant", tenant), ("shop", shopId), ("id", id));
                find.Transaction = transaction;
                var value = await find.ExecuteScalarAsync(ct);
                if (value is null or DBNull) continue;
                await using var insert = SqlDatabase.Command(connection,
                    "INSERT INTO assessment_exclusions (tenant, message_id, shop_id, reason, excluded_at) VALUES (@tenant, @id, @shop, @reason, @at) " +
                    "ON CONFLICT (tenant, message_id) DO NOTHING",
                    ("tenant", tenant), ("id", id), ("shop", shopId), ("reason", reason), ("at", at.ToUnixTimeMilliseconds()));
                insert.Transaction = transaction;
                await insert.ExecuteNonQueryAsync(ct);
                sent.Add(DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value)));
            }
            await transaction.CommitAsync(ct);
        }
        return sent;
    }
}
