using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>Reads the messages table (owned by <see cref="SqlChatStore"/>); the (tenant, conversation_id, seq) index bounds the scan to one conversation.</summary>
public sealed class SqlBuyerActivityStore(SqlDatabase db) : IBuyerActivityStore
{
    public async Task<DateTimeOffset?> LastBuyerMessageAtAsync(string tenant, string conversationId, CancellationToken ct)
    {
        // The newest first along (tenant, conversation_id, sender_role, seq): one index step, however long the conversation.
        await using var session = await db.ReadAsync(ct);
        var select = session.Command(
            "SELECT sent_at FROM messages WHERE tenant = @tenant AND conversation_id = @conversation AND sender_role = @role AND state = @state " +
            "ORDER BY seq DESC LIMIT 1",
            ("tenant", tenant), ("conversation", conversationId), ("role", Roles.Buyer), ("state", (int)DeliveryState.Delivered));
        var value = await select.ExecuteScalarAsync(ct);
        return value is null or DBNull ? null : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value));
    }
}
