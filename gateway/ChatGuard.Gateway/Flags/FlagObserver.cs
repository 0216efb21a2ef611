using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.Flags;

/// <summary>Queues every stored message whose verdict is not allow for review.</summary>
public sealed class FlagObserver(FlagQueue queue) : IMessageObserver
{
    public async ValueTask OnStoredAsync(StoredMessage message, Conversation conversation, CancellationToken ct)
    {
        if (message.Action == "allow") return;
        await queue.RaiseForMessageAsync(message, ct);
    }
}
