using System.Data.Common;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>The <c>sanctions</c> and <c>merchant_violations</c> tables on SQLite or PostgreSQL.</summary>
public sealed class SqlSanctionStore(SqlDatabase db) : ISanctionStore, ISchemaContributor
{
    private const string Columns =
        "id, tenant, user_id, role, shop_id, kind, until, reason, label, flag_id, created_at, created_by, lifted_at, lifted_by, lift_note";

    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS sanctions (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL,
            shop_id TEXT NOT NULL, kind TEXT NOT NULL, until BIGINT NULL, reason TEXT NOT NULL, label TEXT NOT NULL, flag_id TEXT NOT NULL,
            created_at BIGINT NOT NULL, created_by TEXT NOT NULL, lifted_at BIGINT NULL, lifted_by TEXT NULL, lift_note TEXT NULL,
            UNIQUE (tenant, flag_id, user_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_sanctions_user ON sanctions (tenant, user_id)",
        $"""
        CREATE TABLE IF NOT EXISTS merchant_violations (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, shop_id TEXT NOT NULL, user_id TEXT NOT NULL,
            label TEXT NOT NULL, type TEXT NOT NULL, points INTEGER NOT NULL, flag_id TEXT NOT NULL, profile TEXT NOT NULL,
            created_at BIGINT NOT NULL, decided_by TEXT NOT NULL,
            UNIQUE (tenant, flag_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_violations_shop ON merchant_violations (tenant, shop_id, seq)",
    ];

    public async Task<(Sanction? Sanction, bool Inserted)> ImposeAsync(string tenant, string userId, string flagId, Func<int, Sanction?> build,
        CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var existing = await QueryAsync(connection, transaction, "tenant = @tenant AND flag_id = @flag AND user_id = @user", ct,
                ("tenant", tenant), ("flag", flagId), ("user", userId));
            if (existing.Count > 0) return (existing[0], false);
            // The ladder step counts every earlier mute, lifted or not (S10: "second time").
            await using var count = SqlDatabase.Command(connection,
                "SELECT COUNT(*) FROM sanctions WHERE tenant = @tenant AND user_id = @user AND kind = @mute",
                ("tenant", tenant), ("user", userId), ("mute", SanctionKinds.Mute));
            count.Transaction = transaction;
            var earlierMutes = Convert.ToInt32(await count.ExecuteScalarAsync(ct));
            var s = build(earlierMutes);
            if (s is null) return (null, false);
            await using var insert = SqlDatabase.Command(connection,
                $"INSERT INTO sanctions ({Columns}) VALUES (@id, @tenant, @user, @role, @shop, @kind, @until, @reason, @label, @flag, @created, @by, NULL, NULL, NULL)",
                ("id", s.SanctionId), ("tenant", s.Tenant), ("user", s.UserId), ("role", s.Role), ("shop", s.ShopId), ("kind", s.Kind),
                ("until", s.Until?.ToUnixTimeMilliseconds()), ("reason", s.Reason), ("label", s.Label), ("flag", s.FlagId),
                ("created", s.CreatedAt.ToUnixTimeMilliseconds()), ("by", s.CreatedBy));
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            return (s, true);
        }
    }

    public async Task<Sanction?> GetAsync(string tenant, string sanctionId, CancellationToken ct) =>
        (await QueryAsync("tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", sanctionId))).FirstOrDefault();

    public async Task<Sanction?> ActiveAsync(string tenant, string userId, string role, DateTimeOffset now, CancellationToken ct)
    {
        var active = await QueryAsync(
            "tenant = @tenant AND user_id = @user AND role = @role AND lifted_at IS NULL AND (until IS NULL OR until > @now)", ct,
            ("tenant", tenant), ("user", userId), ("role", role), ("now", now.ToUnixTimeMilliseconds()));
        return active.OrderByDescending(s => s.Kind == SanctionKinds.Ban).ThenByDescending(s => s.Until ?? DateTimeOffset.MaxValue).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Sanction>> ListAsync(string tenant, string? userId, string? shopId, bool? active, DateTimeOffset now, int limit,
        CancellationToken ct)
    {
        var where = "tenant = @tenant";
        var parameters = new List<(string, object?)> { ("tenant", tenant), ("limit", limit) };
        if (userId is not null)
        {
            where += " AND user_id = @user";
            parameters.Add(("user", userId));
        }
        if (shopId is not null)
        {
            where += " AND shop_id = @shop";
            parameters.Add(("shop", shopId));
        }
        if (active is not null)
        {
            where += active.Value
                ? " AND lifted_at IS NULL AND (until IS NULL OR until > @now)"
                : " AND (lifted_at IS NOT NULL OR until <= @now)";
            parameters.Add(("now", now.ToUnixTimeMilliseconds()));
        }
        return await QueryAsync($"{where} ORDER BY seq DESC LIMIT @limit", ct, [.. parameters]);
    }

    public async Task<(Sanction? Sanction, bool Lifted)> LiftAsync(string tenant, string sanctionId, ChatIdentity moderator, string? note,
        DateTimeOffset at, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var update = SqlDatabase.Command(connection,
                "UPDATE sanctions SET lifted_at = @at, lifted_by = @by, lift_note = @note WHERE tenant = @tenant AND id = @id AND lifted_at IS NULL",
                ("at", at.ToUnixTimeMilliseconds()), ("by", moderator.UserId), ("note", note), ("tenant", tenant), ("id", sanctionId));
            update.Transaction = transaction;
            var lifted = await update.ExecuteNonQueryAsync(ct) == 1;
            if (lifted)
            {
                await SqlAuditLog.AppendAsync(connection, transaction,
                    new AuditEntry(tenant, sanctionId, "sanction.lift", moderator.UserId, moderator.Role, note, at), ct);
                await transaction.CommitAsync(ct);
            }
            var current = await QueryAsync(connection, lifted ? null : transaction, "tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", sanctionId));
            return (current.FirstOrDefault(), lifted);
        }
    }

    public async Task<bool> AddViolationAsync(MerchantViolation v, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var insert = SqlDatabase.Command(connection,
                "INSERT INTO merchant_violations (id, tenant, shop_id, user_id, label, type, points, flag_id, profile, created_at, decided_by) " +
                "VALUES (@id, @tenant, @shop, @user, @label, @type, @points, @flag, @profile, @created, @by) ON CONFLICT (tenant, flag_id) DO NOTHING",
                ("id", v.ViolationId), ("tenant", v.Tenant), ("shop", v.ShopId), ("user", v.UserId), ("label", v.Label), ("type", v.Type),
                ("points", v.Points), ("flag", v.FlagId), ("profile", v.Profile), ("created", v.CreatedAt.ToUnixTimeMilliseconds()), ("by", v.DecidedBy));
            return await insert.ExecuteNonQueryAsync(ct) == 1;
        }
    }

    public async Task<IReadOnlyList<MerchantViolation>> ListViolationsAsync(string tenant, string shopId, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT id, tenant, shop_id, user_id, label, type, points, flag_id, profile, created_at, decided_by FROM merchant_violations " +
            "WHERE tenant = @tenant AND shop_id = @shop ORDER BY seq DESC LIMIT @limit", ("tenant", tenant), ("shop", shopId), ("limit", limit));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<MerchantViolation>();
        while (await reader.ReadAsync(ct))
            list.Add(new MerchantViolation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), reader.GetString(7), reader.GetString(8),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)), reader.GetString(10)));
        return list;
    }

    // S10: every send asks for the sender's active sanction, so this lookup reuses a prepared statement.
    private async Task<List<Sanction>> QueryAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var session = await db.ReadAsync(ct);
        return await ReadAllAsync(session.Command($"SELECT {Columns} FROM sanctions WHERE {where}", parameters), ct);
    }

    private static async Task<List<Sanction>> QueryAsync(DbConnection connection, DbTransaction? transaction, string where, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var select = SqlDatabase.Command(connection, $"SELECT {Columns} FROM sanctions WHERE {where}", parameters);
        select.Transaction = transaction;
        return await ReadAllAsync(select, ct);
    }

    private static async Task<List<Sanction>> ReadAllAsync(DbCommand select, CancellationToken ct)
    {
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<Sanction>();
        while (await reader.ReadAsync(ct)) list.Add(Read(reader));
        return list;
    }

    private static DateTimeOffset? Time(DbDataReader r, int i) => r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));

    private static Sanction Read(DbDataReader r) => new()
    {
        SanctionId = r.GetString(0),
        Tenant = r.GetString(1),
        UserId = r.GetString(2),
        Role = r.GetString(3),
        ShopId = r.GetString(4),
        Kind = r.GetString(5),
        Until = Time(r, 6),
        Reason = r.GetString(7),
        Label = r.GetString(8),
        FlagId = r.GetString(9),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(10)),
        CreatedBy = r.GetString(11),
        LiftedAt = Time(r, 12),
        LiftedBy = r.IsDBNull(13) ? null : r.GetString(13),
        LiftNote = r.IsDBNull(14) ? null : r.GetString(14),
    };
}
