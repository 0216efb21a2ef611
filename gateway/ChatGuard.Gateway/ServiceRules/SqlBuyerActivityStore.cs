using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>Reads the messages table (owned by <see cref="SqlChatStore"/>); the (tenant, conversation_id, seq) index bounds the scan to one conversation.</summary>
public sealed class SqlBuyerActivityStore(SqlDatabase db) : IBuyerActivityStore
{
    public async Task<DateTimeOffset?> LastBuyerMessageAtAsync(string tenant, string conversationId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var select = SqlDatabase.Command(connection,
            "SELECT MAX(sent_at) FROM messages WHERE tenant = @tenant AND conversation_id = @conversation AND sender_role = @role AND state = @state",
            ("tenant", tenant), ("conversation", conversationId), ("role", Roles.Buyer), ("state", (int)DeliveryState.Delivered));
        var value = await select.ExecuteScalarAsync(ct);
        return value is null or DBNull ? null : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value));
    }
}
