using ChatGuard.Gateway.Spam;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>C9/S5: repetition and unsolicited bursts, over the sender's recent messages.</summary>
public sealed class SpamTracking(SpamDetector spam) : ISendEffect
{
    public ValueTask RunAsync(SendContext send, CancellationToken ct) => spam.RecordAsync(send.Stored, send.Conversation, send.Normalized, ct);
}
