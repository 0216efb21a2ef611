using System.Data.Common;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Blocks;

/// <summary>The <c>blocks</c> table on SQLite or PostgreSQL; at most one active block per shop and buyer (a partial unique index).</summary>
public sealed class SqlBlockStore(SqlDatabase db) : IBlockStore, ISchemaContributor
{
    private const string Columns =
        "id, tenant, shop_id, buyer_id, conversation_id, reason, note, blocked_by, created_at, lifted_at, lifted_by, lift_note";

    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS blocks (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, shop_id TEXT NOT NULL, buyer_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NULL, blocked_by TEXT NOT NULL, created_at BIGINT NOT NULL,
            lifted_at BIGINT NULL, lifted_by TEXT NULL, lift_note TEXT NULL)
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS ux_blocks_active ON blocks (tenant, shop_id, buyer_id) WHERE lifted_at IS NULL",
        "CREATE INDEX IF NOT EXISTS ix_blocks_shop ON blocks (tenant, shop_id, seq)",
    ];

    public async Task<(Block Block, bool Inserted)> AddAsync(Block b, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var insert = SqlDatabase.Command(connection,
                $"INSERT INTO blocks ({Columns}) VALUES (@id, @tenant, @shop, @buyer, @conversation, @reason, @note, @by, @created, NULL, NULL, NULL) " +
                "ON CONFLICT DO NOTHING",
                ("id", b.BlockId), ("tenant", b.Tenant), ("shop", b.ShopId), ("buyer", b.BuyerId), ("conversation", b.ConversationId),
                ("reason", b.Reason), ("note", b.Note), ("by", b.BlockedBy), ("created", b.CreatedAt.ToUnixTimeMilliseconds()));
            if (await insert.ExecuteNonQueryAsync(ct) == 1) return (b, true);
        }
        var active = await ActiveAsync(b.Tenant, b.ShopId, b.BuyerId, ct) ?? throw new InvalidOperationException("block conflicted but none is active");
        return (active, false);
    }

    public async Task<Block?> GetAsync(string tenant, string blockId, CancellationToken ct) =>
        (await FindAsync("tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", blockId))).FirstOrDefault();

    public async Task<Block?> ActiveAsync(string tenant, string shopId, string buyerId, CancellationToken ct) =>
        (await FindAsync("tenant = @tenant AND shop_id = @shop AND buyer_id = @buyer AND lifted_at IS NULL", ct,
            ("tenant", tenant), ("shop", shopId), ("buyer", buyerId))).FirstOrDefault();

    public async Task<IReadOnlyList<Block>> ListAsync(string tenant, string? shopId, bool? active, int limit, CancellationToken ct)
    {
        var where = "tenant = @tenant";
        var parameters = new List<(string, object?)> { ("tenant", tenant), ("limit", limit) };
        if (shopId is not null)
        {
            where += " AND shop_id = @shop";
            parameters.Add(("shop", shopId));
        }
        if (active is not null) where += active.Value ? " AND lifted_at IS NULL" : " AND lifted_at IS NOT NULL";
        return await FindAsync($"{where} ORDER BY seq DESC LIMIT @limit", ct, [.. parameters]);
    }

    public async Task<(Block? Block, bool Lifted)> LiftAsync(string tenant, string blockId, ChatIdentity actor, string? note, DateTimeOffset at,
        CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var update = SqlDatabase.Command(connection,
                "UPDATE blocks SET lifted_at = @at, lifted_by = @by, lift_note = @note WHERE tenant = @tenant AND id = @id AND lifted_at IS NULL",
                ("at", at.ToUnixTimeMilliseconds()), ("by", actor.UserId), ("note", note), ("tenant", tenant), ("id", blockId));
            update.Transaction = transaction;
            var lifted = await update.ExecuteNonQueryAsync(ct) == 1;
            if (lifted)
            {
                await SqlAuditLog.AppendAsync(connection, transaction, new AuditEntry(tenant, blockId, "block.lift", actor.UserId, actor.Role, note, at), ct);
                await transaction.CommitAsync(ct);
            }
            var current = await QueryAsync(connection, lifted ? null : transaction, "tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", blockId));
            return (current.FirstOrDefault(), lifted);
        }
    }

    // S6: every buyer send asks whether the shop blocked the buyer, so this lookup reuses a prepared statement.
    private async Task<List<Block>> FindAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var session = await db.ReadAsync(ct);
        return await ReadAllAsync(session.Command($"SELECT {Columns} FROM blocks WHERE {where}", parameters), ct);
    }

    private static async Task<List<Block>> QueryAsync(DbConnection connection, DbTransaction? transaction, string where, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var select = SqlDatabase.Command(connection, $"SELECT {Columns} FROM blocks WHERE {where}", parameters);
        select.Transaction = transaction;
        return await ReadAllAsync(select, ct);
    }

    private static async Task<List<Block>> ReadAllAsync(DbCommand select, CancellationToken ct)
    {
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<Block>();
        while (await reader.ReadAsync(ct))
            list.Add(new Block
            {
                BlockId = reader.GetString(0),
                Tenant = reader.GetString(1),
                ShopId = reader.GetString(2),
                BuyerId = reader.GetString(3),
                ConversationId = reader.GetString(4),
                Reason = reader.GetString(5),
                Note = reader.IsDBNull(6) ? null : reader.GetString(6),
                BlockedBy = reader.GetString(7),
                CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                LiftedAt = reader.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
                LiftedBy = reader.IsDBNull(10) ? null : reader.GetString(10),
                LiftNote = reader.IsDBNull(11) ? null : reader.GetString(11),
            });
        return list;
    }
}
