using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Backplane;

namespace ChatGuard.Gateway.Conversations;

/// <summary>
/// Sends a stored, deliverable message to the other side: buyer messages to the shop's agents; agent and bot
/// messages to the buyer and to the shop's agents, so every desk of the shop sees the reply.
/// </summary>
public sealed class ChatDelivery(IChatClients clients)
{
    public const string MessageEventName = "message";

    public Task DeliverAsync(StoredMessage message, Conversation conversation, CancellationToken ct)
    {
        var payload = MessageView.Delivered(message);
        var staff = HubGroups.ShopStaff(conversation.Tenant, conversation.ShopId);
        if (message.SenderRole == Roles.Buyer) return clients.ToGroupAsync(staff, MessageEventName, payload, ct);
        return Task.WhenAll(
            clients.ToUserAsync(ChatIdentity.BuyerKeyOf(conversation.Tenant, conversation.BuyerId), MessageEventName, payload, ct),
            clients.ToGroupAsync(staff, MessageEventName, payload, ct));
    }
}
