using ChatGuard.Gateway.ServiceRules;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>S1/S2: the shop's counters and what they decide (bot handoff, the bot's greetings, posted off this call).</summary>
public sealed class ServiceLevelCounting(BotHandoffObserver counters) : ISendEffect
{
    public ValueTask RunAsync(SendContext send, CancellationToken ct) => counters.RecordAsync(send.Stored, ct);
}
