using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Messaging;

/// <summary>Hands each stored message to <see cref="ServiceLevelRecorder"/> (S1 handoff, S2 counters).</summary>
public sealed class ServiceLevelObserver(ServiceLevelRecorder recorder) : IMessageObserver
{
    public async ValueTask OnStoredAsync(StoredSend send, CancellationToken ct)
    {
        var m = send.Message;
        await recorder.RecordAsync(new ServiceMessage(m.Tenant, m.ShopId, m.Id, m.ConversationId, m.SenderRole, m.State == DeliveryState.Delivered,
            m.SentAt, m.Profile, m.Text), ct);
    }
}
