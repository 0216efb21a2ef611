using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Moderation;

/// <summary>Pushes every flagged message (verdict not allow) to the tenant's moderators.</summary>
public sealed class FlagPublisher(IHubContext<ModerationHub> hub) : IMessageObserver
{
    public const string FlagEventName = "flag";

    public async ValueTask OnStoredAsync(StoredMessage message, Conversation conversation, CancellationToken ct)
    {
        if (message.Action == "allow") return;
        await hub.Clients.Group(HubGroups.Moderators(message.Tenant)).SendAsync(FlagEventName, FlagEvent.From(message), ct);
    }
}
