using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S1: tells every agent of the shop that the bot took over reception or handed it back.</summary>
public sealed partial class HandoffNotifier(IChatClients clients, GatewayMetrics metrics, ILogger<HandoffNotifier> logger)
{
    public const string EventName = "botHandoff";

    public Task NotifyAsync(string tenant, string shopId, bool active, CancellationToken ct)
    {
        LogHandoff(tenant, shopId, active);
        // Only the node whose counter update started or ended the handoff gets here, so the sum over nodes is exact.
        metrics.HandoffsActiveChanged(active ? 1 : -1);
        return clients.ToGroupAsync(HubGroups.ShopStaff(tenant, shopId), EventName, new BotHandoffEvent(shopId, active), ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "S1: bot handoff for shop {Tenant}/{ShopId}: {Active}")]
    private partial void LogHandoff(string tenant, string shopId, bool active);
}
