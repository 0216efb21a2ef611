using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.AgentDesk;

/// <summary>The <c>agent_presence</c> and <c>conversation_assignees</c> tables on SQLite or PostgreSQL (one row per agent, per conversation).</summary>
public sealed class SqlAgentDeskStore(SqlDatabase db) : IAgentDeskStore, ISchemaContributor
{
    public IEnumerable<string> SchemaStatements(SqlDatabase database) =>
    [
        """
        CREATE TABLE IF NOT EXISTS agent_presence (
            tenant TEXT NOT NULL, shop_id TEXT NOT NULL, agent_id TEXT NOT NULL, state TEXT NOT NULL, updated_at BIGINT NOT NULL,
            PRIMARY KEY (tenant, shop_id, agent_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS conversation_assignees (
            tenant TEXT NOT NULL, conversation_id TEXT NOT NULL, shop_id TEXT NOT NULL, agent_id TEXT NOT NULL,
            assigned_by TEXT NOT NULL, assigned_at BIGINT NOT NULL, PRIMARY KEY (tenant, conversation_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_conversation_assignees_shop ON conversation_assignees (tenant, shop_id)",
    ];

    public Task SetPresenceAsync(string tenant, string shopId, AgentPresence p, CancellationToken ct) => WriteAsync(
        "INSERT INTO agent_presence (tenant, shop_id, agent_id, state, updated_at) VALUES (@tenant, @shop, @agent, @state, @at) " +
        "ON CONFLICT (tenant, shop_id, agent_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at", ct,
        ("tenant", tenant), ("shop", shopId), ("agent", p.AgentId), ("state", p.State), ("at", p.UpdatedAt.ToUnixTimeMilliseconds()));

    public async Task<IReadOnlyList<AgentPresence>> ListPresenceAsync(string tenant, string shopId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT agent_id, state, updated_at FROM agent_presence WHERE tenant = @tenant AND shop_id = @shop ORDER BY agent_id",
            ("tenant", tenant), ("shop", shopId));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<AgentPresence>();
        while (await reader.ReadAsync(ct))
            list.Add(new AgentPresence(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        return list;
    }

    public Task AssignAsync(string tenant, ConversationAssignment a, CancellationToken ct) => WriteAsync(
        "INSERT INTO conversation_assignees (tenant, conversation_id, shop_id, agent_id, assigned_by, assigned_at) " +
        "VALUES (@tenant, @conversation, @shop, @agent, @by, @at) ON CONFLICT (tenant, conversation_id) " +
        "DO UPDATE SET agent_id = excluded.agent_id, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at", ct,
        ("tenant", tenant), ("conversation", a.ConversationId), ("shop", a.ShopId), ("agent", a.AgentId), ("by", a.AssignedBy),
        ("at", a.AssignedAt.ToUnixTimeMilliseconds()));

    public async Task<IReadOnlyList<ConversationAssignment>> ListAssignmentsAsync(string tenant, string shopId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT conversation_id, shop_id, agent_id, assigned_by, assigned_at FROM conversation_assignees " +
            "WHERE tenant = @tenant AND shop_id = @shop ORDER BY assigned_at",
            ("tenant", tenant), ("shop", shopId));
        await using var reader = await select.ExecuteReaderAsync(ct);
        var list = new List<ConversationAssignment>();
        while (await reader.ReadAsync(ct))
            list.Add(new ConversationAssignment(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        return list;
    }

    private async Task WriteAsync(string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        using (await db.EnterWriteAsync(ct))
        {
            await using var connection = await db.OpenAsync(ct);
            await using var command = SqlDatabase.Command(connection, sql, parameters);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
