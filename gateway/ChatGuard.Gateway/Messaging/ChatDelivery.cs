using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Conversations;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// Sends a stored, deliverable message to the other side: buyer messages to the shop's agents; agent and bot
/// messages to the buyer and to the shop's agents, so every desk of the shop sees the reply.
/// </summary>
public sealed class ChatDelivery(IHubContext<ChatHub> hub, LiveEvents events)
{
    public const string MessageEventName = "message";

    public Task DeliverAsync(StoredMessage message, Conversation conversation, CancellationToken ct)
    {
        var payload = MessageEvent.From(message);
        var staff = HubGroups.ShopStaff(conversation.Tenant, conversation.ShopId);
        if (message.SenderRole == Roles.Buyer) return events.ToGroupAsync(hub, staff, MessageEventName, payload, ct);
        return Task.WhenAll(
            events.ToUserAsync(hub, ChatIdentity.BuyerKeyOf(conversation.Tenant, conversation.BuyerId), MessageEventName, payload, ct),
            events.ToGroupAsync(hub, staff, MessageEventName, payload, ct));
    }
}
