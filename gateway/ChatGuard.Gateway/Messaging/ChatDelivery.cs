using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// Sends a stored, deliverable message to the other side: buyer messages to the shop's agents; agent and bot
/// messages to the buyer and to the shop's agents, so every desk of the shop sees the reply.
/// </summary>
public sealed class ChatDelivery(IHubContext<ChatHub> hub)
{
    public const string MessageEventName = "message";

    public Task DeliverAsync(StoredMessage message, Conversation conversation, CancellationToken ct)
    {
        var payload = MessageEvent.From(message);
        var staff = hub.Clients.Group(HubGroups.ShopStaff(conversation.Tenant, conversation.ShopId));
        if (message.SenderRole == Roles.Buyer) return staff.SendAsync(MessageEventName, payload, ct);
        return Task.WhenAll(
            hub.Clients.User(ChatIdentity.BuyerKeyOf(conversation.Tenant, conversation.BuyerId)).SendAsync(MessageEventName, payload, ct),
            staff.SendAsync(MessageEventName, payload, ct));
    }
}
