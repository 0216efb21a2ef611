using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.Flags;

/// <summary>Queues every stored message whose verdict is not allow for review.</summary>
public sealed class FlagObserver(FlagQueue queue) : IMessageObserver
{
    public async ValueTask OnStoredAsync(StoredSend send, CancellationToken ct)
    {
        if (send.Message.Action == ModerationAction.Allow.ToWire()) return;
        await queue.RaiseForMessageAsync(send.Message, send.Scan, ct);
    }
}
