using System.Data.Common;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>
/// The <c>flag_claims</c> table on SQLite or PostgreSQL: one row per flag. Claiming is one upsert that only takes the
/// row over when it is expired or already the moderator's, so two moderators claiming at once cannot both win.
/// </summary>
public sealed class SqlFlagClaimStore(SqlDatabase db) : IFlagClaimStore, ISchemaContributor
{
    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        """
        CREATE TABLE IF NOT EXISTS flag_claims (
            tenant TEXT NOT NULL, flag_id TEXT NOT NULL, moderator_id TEXT NOT NULL, claimed_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
            PRIMARY KEY (tenant, flag_id))
        """,
    ];

    public async Task<FlagClaim> ClaimAsync(string tenant, string flagId, string moderatorId, DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            // A renewal keeps the first claimed_at; a takeover of an expired claim starts a new one.
            await using var upsert = SqlDatabase.Command(connection,
                "INSERT INTO flag_claims (tenant, flag_id, moderator_id, claimed_at, expires_at) VALUES (@tenant, @flag, @moderator, @now, @expires) " +
                "ON CONFLICT (tenant, flag_id) DO UPDATE SET moderator_id = excluded.moderator_id, expires_at = excluded.expires_at, " +
                "claimed_at = CASE WHEN flag_claims.moderator_id = excluded.moderator_id THEN flag_claims.claimed_at ELSE excluded.claimed_at END " +
                "WHERE flag_claims.moderator_id = excluded.moderator_id OR flag_claims.expires_at <= @now",
                ("tenant", tenant), ("flag", flagId), ("moderator", moderatorId), ("now", now.ToUnixTimeMilliseconds()),
                ("expires", (now + duration).ToUnixTimeMilliseconds()));
            await upsert.ExecuteNonQueryAsync(ct);
            return (await ReadAsync(connection, "tenant = @tenant AND flag_id = @flag", ct, ("tenant", tenant), ("flag", flagId))).Single();
        }
    }

    public async Task ReleaseAsync(string tenant, string flagId, string moderatorId, CancellationToken ct)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var delete = SqlDatabase.Command(connection,
                "DELETE FROM flag_claims WHERE tenant = @tenant AND flag_id = @flag AND moderator_id = @moderator",
                ("tenant", tenant), ("flag", flagId), ("moderator", moderatorId));
            await delete.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<FlagClaim?> ActiveAsync(string tenant, string flagId, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await ReadAsync(connection, "tenant = @tenant AND flag_id = @flag AND expires_at > @now", ct,
            ("tenant", tenant), ("flag", flagId), ("now", now.ToUnixTimeMilliseconds()))).SingleOrDefault();
    }

    public async Task<IReadOnlyList<FlagClaim>> ListActiveAsync(string tenant, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await ReadAsync(connection, "tenant = @tenant AND expires_at > @now ORDER BY claimed_at", ct,
            ("tenant", tenant), ("now", now.ToUnixTimeMilliseconds()));
    }

    private static async Task<List<FlagClaim>> ReadAsync(DbConnection connection, string where, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var select = SqlDatabase.Command(connection, $"SELECT flag_id, moderator_id, claimed_at, expires_at FROM flag_claims WHERE {where}", parameters);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<FlagClaim>();
        while (await reader.ReadAsync(ct))
            list.Add(new FlagClaim(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        return list;
    }
}
