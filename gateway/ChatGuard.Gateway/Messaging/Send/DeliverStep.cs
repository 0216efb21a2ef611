using System.Diagnostics;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>Delivers an allowed or masked message to the other side; held and blocked ones go nowhere yet.</summary>
public sealed class DeliverStep(ChatDelivery delivery, GatewayMetrics metrics)
{
    public async ValueTask RunAsync(SendContext send, CancellationToken ct)
    {
        if (send.Stored.State != DeliveryState.Delivered) return;
        var started = Stopwatch.GetTimestamp();
        using (GatewayTracing.Source.StartActivity("deliver")) await delivery.DeliverAsync(send.Stored, send.Conversation, ct);
        metrics.Delivered(started);
    }
}
