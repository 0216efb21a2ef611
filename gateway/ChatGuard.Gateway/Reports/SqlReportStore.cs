using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Reports;

/// <summary>The <c>reports</c> and <c>verified_report_messages</c> tables on SQLite or PostgreSQL.</summary>
public sealed class SqlReportStore(SqlDatabase db) : IReportStore, IVerifiedReports, ISchemaContributor
{
    private const string Columns = "id, tenant, shop_id, conversation_id, buyer_id, message_ids, reason, note, reported_by, created_at, flag_id, status";

    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS reports (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, shop_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
            buyer_id TEXT NOT NULL, message_ids TEXT NOT NULL, report_key TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NULL,
            reported_by TEXT NOT NULL, created_at BIGINT NOT NULL, flag_id TEXT NULL, status TEXT NOT NULL, decided_at BIGINT NULL,
            UNIQUE (tenant, report_key))
        """,
        "CREATE INDEX IF NOT EXISTS ix_reports_flag ON reports (tenant, flag_id)",
        """
        CREATE TABLE IF NOT EXISTS verified_report_messages (
            tenant TEXT NOT NULL, message_id TEXT NOT NULL, shop_id TEXT NOT NULL, conversation_id TEXT NOT NULL, report_id TEXT NOT NULL,
            sent_at BIGINT NOT NULL, verified_at BIGINT NOT NULL,
            PRIMARY KEY (tenant, message_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_verified_shop ON verified_report_messages (tenant, shop_id, sent_at)",
    ];

    /// <summary>The same messages of a conversation reported for the same reason are one report, however often an agent clicks.</summary>
    private static string KeyOf(Report r) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{r.ConversationId}|{r.Reason}|{string.Join(',', r.MessageIds.Order(StringComparer.Ordinal))}")));

    public async Task<(Report Report, bool Inserted)> AddAsync(Report r, CancellationToken ct)
    {
        var key = KeyOf(r);
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var insert = SqlDatabase.Command(connection,
                "INSERT INTO reports (id, tenant, shop_id, conversation_id, buyer_id, message_ids, report_key, reason, note, reported_by, created_at, flag_id, status) " +
                "VALUES (@id, @tenant, @shop, @conversation, @buyer, @messages, @key, @reason, @note, @by, @created, NULL, @status) " +
                "ON CONFLICT (tenant, report_key) DO NOTHING",
                ("id", r.ReportId), ("tenant", r.Tenant), ("shop", r.ShopId), ("conversation", r.ConversationId), ("buyer", r.BuyerId),
                ("messages", JsonSerializer.Serialize(r.MessageIds)), ("key", key), ("reason", r.Reason), ("note", r.Note), ("by", r.ReportedBy),
                ("created", r.CreatedAt.ToUnixTimeMilliseconds()), ("status", ReportStatuses.Pending));
            if (await insert.ExecuteNonQueryAsync(ct) == 1) return (r, true);
        }
        var existing = await FindAsync("tenant = @tenant AND report_key = @key", ct, ("tenant", r.Tenant), ("key", key));
        return (existing ?? throw new InvalidOperationException("report conflicted on insert but is not stored"), false);
    }

    public async Task SetFlagAsync(string tenant, string reportId, string flagId, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var update = SqlDatabase.Command(connection, "UPDATE reports SET flag_id = @flag WHERE tenant = @tenant AND id = @id",
                ("flag", flagId), ("tenant", tenant), ("id", reportId));
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<Report?> FindByFlagAsync(string tenant, string flagId, CancellationToken ct) =>
        FindAsync("tenant = @tenant AND flag_id = @flag", ct, ("tenant", tenant), ("flag", flagId));

    public async Task<bool> DecideAsync(string tenant, string reportId, bool verified, IReadOnlyList<(string MessageId, DateTimeOffset SentAt)> messages,
        DateTimeOffset at, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var update = SqlDatabase.Command(connection,
                "UPDATE reports SET status = @status, decided_at = @at WHERE tenant = @tenant AND id = @id AND status = @pending",
                ("status", verified ? ReportStatuses.Verified : ReportStatuses.Rejected), ("at", at.ToUnixTimeMilliseconds()),
                ("tenant", tenant), ("id", reportId), ("pending", ReportStatuses.Pending));
            update.Transaction = transaction;
            if (await update.ExecuteNonQueryAsync(ct) == 0) return false;
            if (verified)
            {
                var report = await FindAsync(connection, transaction, "tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", reportId))
                    ?? throw new InvalidOperationException("a decided report vanished");
                foreach (var (messageId, sentAt) in messages)
                {
                    await using var insert = SqlDatabase.Command(connection,
                        "INSERT INTO verified_report_messages (tenant, message_id, shop_id, conversation_id, report_id, sent_at, verified_at) " +
                        "VALUES (@tenant, @message, @shop, @conversation, @report, @sent, @at) ON CONFLICT (tenant, message_id) DO NOTHING",
                        ("tenant", tenant), ("message", messageId), ("shop", report.ShopId), ("conversation", report.ConversationId),
                        ("report", reportId), ("sent", sentAt.ToUnixTimeMilliseconds()), ("at", at.ToUnixTimeMilliseconds()));
                    insert.Transaction = transaction;
                    await insert.ExecuteNonQueryAsync(ct);
                }
            }
            await transaction.CommitAsync(ct);
            return true;
        }
    }

    public async Task<IReadOnlyList<VerifiedReportedMessage>> ListVerifiedAsync(string tenant, string shopId, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT tenant, shop_id, conversation_id, message_id, report_id, sent_at, verified_at FROM verified_report_messages " +
            "WHERE tenant = @tenant AND shop_id = @shop AND sent_at >= @from AND sent_at < @to ORDER BY sent_at",
            ("tenant", tenant), ("shop", shopId), ("from", from.ToUnixTimeMilliseconds()), ("to", to.ToUnixTimeMilliseconds()));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<VerifiedReportedMessage>();
        while (await reader.ReadAsync(ct))
            list.Add(new VerifiedReportedMessage(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
        return list;
    }

    public async Task<bool> IsVerifiedAsync(string tenant, string messageId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT COUNT(*) FROM verified_report_messages WHERE tenant = @tenant AND message_id = @message", ("tenant", tenant), ("message", messageId));
        return Convert.ToInt64(await select.ExecuteScalarAsync(ct)) > 0;
    }

    private async Task<Report?> FindAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        return await FindAsync(connection, null, where, ct, parameters);
    }

    private static async Task<Report?> FindAsync(DbConnection connection, DbTransaction? transaction, string where, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var select = SqlDatabase.Command(connection, $"SELECT {Columns} FROM reports WHERE {where}", parameters);
        select.Transaction = transaction;
        await using var reader = await select.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Report
        {
            ReportId = reader.GetString(0),
            Tenant = reader.GetString(1),
            ShopId = reader.GetString(2),
            ConversationId = reader.GetString(3),
            BuyerId = reader.GetString(4),
            MessageIds = JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [],
            Reason = reader.GetString(6),
            Note = reader.IsDBNull(7) ? null : reader.GetString(7),
            ReportedBy = reader.GetString(8),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
            FlagId = reader.IsDBNull(10) ? null : reader.GetString(10),
            Status = reader.GetString(11),
        };
    }
}
