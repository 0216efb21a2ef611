using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.QuickReplies;

/// <summary>The <c>quick_replies</c> table on SQLite or PostgreSQL.</summary>
public sealed class SqlQuickReplyStore(SqlDatabase db) : IQuickReplyStore, ISchemaContributor
{
    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS quick_replies (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, shop_id TEXT NOT NULL,
            text TEXT NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_quick_replies_shop ON quick_replies (tenant, shop_id, seq)",
    ];

    public async Task<IReadOnlyList<QuickReply>> ListAsync(string tenant, string shopId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT id, shop_id, text, created_by, created_at FROM quick_replies WHERE tenant = @tenant AND shop_id = @shop ORDER BY seq",
            ("tenant", tenant), ("shop", shopId));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<QuickReply>();
        while (await reader.ReadAsync(ct))
            list.Add(new QuickReply(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        return list;
    }

    public async Task<bool> AddAsync(string tenant, QuickReply reply, CancellationToken ct)
    {
        // One statement counts and inserts: the cap keeps the desk's list short; it is not an exact quota when two
        // agents add at the same instant on PostgreSQL (SQLite serializes the writers).
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var insert = SqlDatabase.Command(connection,
                "INSERT INTO quick_replies (id, tenant, shop_id, text, created_by, created_at) " +
                "SELECT @id, @tenant, @shop, @text, @by, @at WHERE (SELECT COUNT(*) FROM quick_replies WHERE tenant = @tenant AND shop_id = @shop) < @max",
                ("id", reply.QuickReplyId), ("tenant", tenant), ("shop", reply.ShopId), ("text", reply.Text), ("by", reply.CreatedBy),
                ("at", reply.CreatedAt.ToUnixTimeMilliseconds()), ("max", QuickReply.MaxPerShop));
            return await insert.ExecuteNonQueryAsync(ct) == 1;
        }
    }

    public async Task<bool> RemoveAsync(string tenant, string shopId, string quickReplyId, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var delete = SqlDatabase.Command(connection,
                "DELETE FROM quick_replies WHERE tenant = @tenant AND shop_id = @shop AND id = @id",
                ("tenant", tenant), ("shop", shopId), ("id", quickReplyId));
            return await delete.ExecuteNonQueryAsync(ct) == 1;
        }
    }
}
