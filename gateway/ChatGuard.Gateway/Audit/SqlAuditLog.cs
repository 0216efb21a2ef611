using System.Data.Common;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Audit;

/// <summary>The <c>audit_log</c> table on either engine; append-only.</summary>
public sealed class SqlAuditLog(SqlDatabase db) : IAuditLog, ISchemaContributor
{
    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS audit_log (
            seq {database.SequencePrimaryKey}, tenant TEXT NOT NULL, subject TEXT NOT NULL, action TEXT NOT NULL,
            actor_id TEXT NOT NULL, actor_role TEXT NOT NULL, note TEXT NULL, at BIGINT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_audit_subject ON audit_log (tenant, subject, seq)",
    ];

    /// <summary>Appends inside the caller's transaction: the action and its audit entry commit together.</summary>
    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, AuditEntry e, CancellationToken ct)
    {
        await using var insert = SqlDatabase.Command(connection,
            "INSERT INTO audit_log (tenant, subject, action, actor_id, actor_role, note, at) VALUES (@tenant, @subject, @action, @actor, @role, @note, @at)",
            ("tenant", e.Tenant), ("subject", e.Subject), ("action", e.Action), ("actor", e.ActorId), ("role", e.ActorRole),
            ("note", e.Note), ("at", e.At.ToUnixTimeMilliseconds()));
        insert.Transaction = transaction;
        await insert.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string tenant, string subject, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT tenant, subject, action, actor_id, actor_role, note, at FROM audit_log WHERE tenant = @tenant AND subject = @subject ORDER BY seq",
            ("tenant", tenant), ("subject", subject));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
            list.Add(new AuditEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
        return list;
    }
}
