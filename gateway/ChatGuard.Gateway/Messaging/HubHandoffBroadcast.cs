using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.ServiceLevel;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Messaging;

/// <summary>S1: <c>botHandoff</c> to the shop's staff group, through <see cref="LiveEvents"/> like every live event.</summary>
public sealed class HubHandoffBroadcast(IHubContext<ChatHub> hub, LiveEvents events) : IHandoffBroadcast
{
    public Task BroadcastAsync(string tenant, BotHandoffEvent handoff, CancellationToken ct) =>
        events.ToGroupAsync(hub, HubGroups.ShopStaff(tenant, handoff.ShopId), HandoffNotifier.EventName, handoff, ct);
}
