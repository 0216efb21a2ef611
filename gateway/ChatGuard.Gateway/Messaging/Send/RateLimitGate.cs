using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>Per-connection and per-user message buckets (<see cref="MessageRateLimits"/>).</summary>
public sealed class RateLimitGate(MessageRateLimits limits) : ISendGate
{
    public ValueTask CheckAsync(SendContext send, CancellationToken ct) =>
        limits.Refusal(send.Sender.UserKey, send.ConnectionId) is { } reason
            ? throw new MessageRejectedException(reason)
            : ValueTask.CompletedTask;
}
