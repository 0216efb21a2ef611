using System.Data.Common;
using System.Text.Json;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// Flags in SQLite or PostgreSQL: the whole record as JSON plus the columns the queue filters on; one row per
/// label in <c>flag_labels</c> for the label filter and the per-hour chart.
/// </summary>
public sealed class SqlFlagStore(SqlDatabase db) : IFlagStore, ISchemaContributor
{
    private const long HourMs = 3_600_000;

    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS flags (
            seq {database.SequencePrimaryKey}, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL, dedup_key TEXT NOT NULL,
            shop_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, created_at BIGINT NOT NULL,
            body TEXT NOT NULL, decision TEXT NULL,
            UNIQUE (tenant, dedup_key))
        """,
        "CREATE INDEX IF NOT EXISTS ix_flags_queue ON flags (tenant, status, seq)",
        // Added after the first release: a pending flag's context is read from its conversation (the messages before
        // context_before) and copied into context only when decided or before a purge (see FlagRecord.ContextBefore).
        database.AddColumn("flags", "conversation_id", "TEXT NULL"),
        database.AddColumn("flags", "context_before", "BIGINT NULL"),
        database.AddColumn("flags", "context", "TEXT NULL"),
        """
        CREATE TABLE IF NOT EXISTS flag_labels (
            flag_id TEXT NOT NULL, tenant TEXT NOT NULL, label TEXT NOT NULL, created_at BIGINT NOT NULL,
            PRIMARY KEY (flag_id, label))
        """,
        "CREATE INDEX IF NOT EXISTS ix_flag_labels_time ON flag_labels (tenant, created_at)",
        "CREATE INDEX IF NOT EXISTS ix_flag_labels_label ON flag_labels (tenant, label)",
    ];

    public async Task<(FlagRecord Flag, bool Inserted)> AddAsync(FlagRecord flag, string dedupKey, CancellationToken ct)
    {
        var insert = Insertion(flag, dedupKey);
        if (await db.Writes.WriteAsync((batch, token) => insert(batch, flag.ContextBefore, token), ct))
            return (flag with { Status = FlagStatuses.Pending, Decision = null }, true);
        var existing = await QueryAsync("tenant = @tenant AND dedup_key = @dedup", ct, ("tenant", flag.Tenant), ("dedup", dedupKey));
        if (existing.Count == 0) throw new InvalidOperationException("flag conflicted on insert but is not stored");
        return (existing[0].Flag, false);
    }

    public FlagInsertion Insertion(FlagRecord flag, string dedupKey)
    {
        // The body never holds the context: a frozen one has its own column, a live one is read from the conversation.
        var body = JsonSerializer.Serialize(flag with { Status = FlagStatuses.Pending, Decision = null, Context = null }, ScanResult.JsonOptions);
        var context = flag.Context is null ? null : JsonSerializer.Serialize(flag.Context, ScanResult.JsonOptions);
        var created = flag.CreatedAt.ToUnixTimeMilliseconds();
        return async (batch, contextBefore, ct) =>
        {
            var seq = await batch.Command(
                "INSERT INTO flags (id, tenant, dedup_key, shop_id, kind, status, created_at, body, decision, conversation_id, context_before, context) " +
                "VALUES (@id, @tenant, @dedup, @shop, @kind, @status, @created, @body, NULL, @conversation, @before, @context) " +
                "ON CONFLICT (tenant, dedup_key) DO NOTHING RETURNING seq",
                ("id", flag.FlagId), ("tenant", flag.Tenant), ("dedup", dedupKey), ("shop", flag.ShopId), ("kind", flag.Kind),
                ("status", FlagStatuses.Pending), ("created", created), ("body", body), ("conversation", flag.ConversationId),
                ("before", contextBefore), ("context", context)).ExecuteScalarAsync(ct);
            if (seq is null or DBNull) return false;
            foreach (var label in flag.Labels.Distinct())
                await batch.Command("INSERT INTO flag_labels (flag_id, tenant, label, created_at) VALUES (@id, @tenant, @label, @created)",
                    ("id", flag.FlagId), ("tenant", flag.Tenant), ("label", label), ("created", created)).ExecuteNonQueryAsync(ct);
            return true;
        };
    }

    public async Task<FlagRecord?> GetAsync(string tenant, string flagId, CancellationToken ct)
    {
        var rows = await QueryAsync("tenant = @tenant AND id = @id", ct, ("tenant", tenant), ("id", flagId));
        return rows.Count == 0 ? null : rows[0].Flag;
    }

    public async Task<FlagPage> ListAsync(FlagQuery q, CancellationToken ct)
    {
        var where = new List<string> { "tenant = @tenant" };
        var parameters = new List<(string, object?)> { ("tenant", q.Tenant), ("limit", q.Limit + 1) };
        void Filter(string clause, string name, object? value)
        {
            if (value is null) return;
            where.Add(clause);
            parameters.Add((name, value));
        }
        Filter("status = @status", "status", q.Status);
        Filter("shop_id = @shop", "shop", q.ShopId);
        Filter("kind = @kind", "kind", q.Kind);
        Filter("created_at >= @since", "since", q.Since?.ToUnixTimeMilliseconds());
        Filter("created_at < @until", "until", q.Until?.ToUnixTimeMilliseconds());
        Filter("seq < @before", "before", q.Before);
        Filter("id IN (SELECT flag_id FROM flag_labels WHERE tenant = @tenant AND label = @label)", "label", q.Label);
        var rows = await QueryAsync($"{string.Join(" AND ", where)} ORDER BY seq DESC LIMIT @limit", ct, [.. parameters]);
        var page = rows.Take(q.Limit).ToList();
        return new FlagPage([.. page.Select(r => r.Flag)], rows.Count > q.Limit ? page[^1].Sequence : null);
    }

    public async Task<FlagDecisionOutcome> DecideAsync(string tenant, string flagId, string decision, string? note, ChatIdentity moderator,
        DateTimeOffset at, IReadOnlyList<FlagContextMessage>? context, CancellationToken ct)
    {
        var status = FlagStatuses.After(decision) ?? throw new ArgumentException($"unknown decision '{decision}'", nameof(decision));
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            // Only a pending flag moves; a concurrent decider finds it decided and gets Repeated or Conflict below.
            // The evidence is frozen with the decision: later purges of the conversation leave the decided flag whole.
            (string, object?)[] parameters =
            [
                ("status", status), ("decision", JsonSerializer.Serialize(new FlagDecision(decision, note, moderator.UserId, at), ScanResult.JsonOptions)),
                ("tenant", tenant), ("id", flagId), ("pending", FlagStatuses.Pending),
            ];
            var freeze = context is null ? "" : ", context = COALESCE(context, @context)";
            if (context is not null) parameters = [.. parameters, ("context", JsonSerializer.Serialize(context, ScanResult.JsonOptions))];
            await using var update = SqlDatabase.Command(connection,
                $"UPDATE flags SET status = @status, decision = @decision{freeze} WHERE tenant = @tenant AND id = @id AND status = @pending",
                parameters);
            update.Transaction = transaction;
            if (await update.ExecuteNonQueryAsync(ct) == 1)
            {
                await SqlAuditLog.AppendAsync(connection, transaction,
                    new AuditEntry(tenant, flagId, $"flag.{decision}", moderator.UserId, moderator.Role, note, at), ct);
                await transaction.CommitAsync(ct);
                return new FlagDecisionOutcome(FlagDecisionResult.Applied, await GetAsync(tenant, flagId, ct));
            }
        }
        var flag = await GetAsync(tenant, flagId, ct);
        if (flag is null) return new FlagDecisionOutcome(FlagDecisionResult.NotFound, null);
        return new FlagDecisionOutcome(flag.Status == status ? FlagDecisionResult.Repeated : FlagDecisionResult.Conflict, flag);
    }

    public async Task<bool> FreezeContextAsync(string tenant, string flagId, IReadOnlyList<FlagContextMessage> context, CancellationToken ct) =>
        await db.Writes.WriteAsync((batch, token) => batch.Command(
            "UPDATE flags SET context = @context WHERE tenant = @tenant AND id = @id AND context IS NULL",
            ("context", JsonSerializer.Serialize(context, ScanResult.JsonOptions)), ("tenant", tenant), ("id", flagId))
            .ExecuteNonQueryAsync(token), ct) == 1;

    public async Task<IReadOnlyList<FlagRecord>> ListContextsReachingAsync(DateTimeOffset sentBefore, int limit, CancellationToken ct) =>
        // Reads the chat store's messages table: the flags whose live context may include a message about to be purged
        // (any message of the conversation before the bound is older than the cutoff; a superset of the last N).
        [.. (await QueryAsync(
            "context IS NULL AND context_before IS NOT NULL AND EXISTS (SELECT 1 FROM messages m WHERE m.tenant = flags.tenant " +
            "AND m.conversation_id = flags.conversation_id AND m.seq < flags.context_before AND m.sent_at < @cutoff) ORDER BY seq LIMIT @limit", ct,
            ("cutoff", sentBefore.ToUnixTimeMilliseconds()), ("limit", limit))).Select(r => r.Flag)];

    public async Task<long> CountPendingAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var count = SqlDatabase.Command(connection, "SELECT COUNT(*) FROM flags WHERE status = @status", ("status", FlagStatuses.Pending));
        return Convert.ToInt64(await count.ExecuteScalarAsync(ct));
    }

    public async Task<IReadOnlyList<FlagHourCount>> CountByHourAsync(string tenant, DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            $"SELECT created_at / {HourMs} AS h, label, COUNT(*) FROM flag_labels WHERE tenant = @tenant AND created_at >= @since " +
            $"GROUP BY created_at / {HourMs}, label ORDER BY h, label",
            ("tenant", tenant), ("since", since.ToUnixTimeMilliseconds()));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<FlagHourCount>();
        while (await reader.ReadAsync(ct))
            list.Add(new FlagHourCount(DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(0)) * HourMs),
                reader.GetString(1), Convert.ToInt32(reader.GetValue(2))));
        return list;
    }

    private async Task<List<(FlagRecord Flag, long Sequence)>> QueryAsync(string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection, $"SELECT seq, status, body, decision, context_before, context FROM flags WHERE {where}", parameters);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<(FlagRecord, long)>();
        while (await reader.ReadAsync(ct)) list.Add((Read(reader), reader.GetInt64(0)));
        return list;
    }

    private static FlagRecord Read(DbDataReader reader)
    {
        var flag = JsonSerializer.Deserialize<FlagRecord>(reader.GetString(2), ScanResult.JsonOptions)
            ?? throw new InvalidOperationException("a stored flag body is empty");
        return flag with
        {
            Status = reader.GetString(1),
            Decision = reader.IsDBNull(3) ? null : JsonSerializer.Deserialize<FlagDecision>(reader.GetString(3), ScanResult.JsonOptions),
            ContextBefore = reader.IsDBNull(4) ? null : reader.GetInt64(4),
            // Frozen context first; flags stored before the context column carry theirs in the body.
            Context = reader.IsDBNull(5) ? flag.Context
                : JsonSerializer.Deserialize<IReadOnlyList<FlagContextMessage>>(reader.GetString(5), ScanResult.JsonOptions),
        };
    }
}
