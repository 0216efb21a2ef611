using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>S1/S2: the shop's counters and what they decide (bot handoff, the bot's greetings, posted off this call).</summary>
public sealed class ServiceLevelCounting(ServiceLevelRecorder recorder) : ISendEffect
{
    public async ValueTask RunAsync(SendContext send, CancellationToken ct)
    {
        var m = send.Stored;
        await recorder.RecordAsync(new ServiceMessage(m.Tenant, m.ShopId, m.Id, m.ConversationId, m.SenderRole, m.State == DeliveryState.Delivered,
            m.SentAt, m.Profile, m.Text), ct);
    }
}
