using System.Runtime.CompilerServices;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>
/// When the buyer last wrote in the conversation of a send, read from the store once per send: S3 (reply window) and
/// S5 (buyer contact) both ask it of every agent message. The answer lives as long as the send's context.
/// </summary>
public sealed class LastBuyerMessage(IBuyerActivityStore store)
{
    private readonly ConditionalWeakTable<SendContext, Task<DateTimeOffset?>> _perSend = new();

    public Task<DateTimeOffset?> AtAsync(SendContext send, CancellationToken ct) =>
        _perSend.GetValue(send, s => store.LastBuyerMessageAtAsync(s.Sender.Tenant, s.Conversation.Id, ct));
}
