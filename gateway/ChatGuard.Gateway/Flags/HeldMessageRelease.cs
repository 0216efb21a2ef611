using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// A held (<c>review</c>) message waits for its flag's decision: dismissed, it is delivered late to its recipients
/// as a normal <c>message</c> event; confirmed, it is blocked for good and never delivered.
/// </summary>
public sealed class HeldMessageRelease(IChatStore store, ChatDelivery delivery) : IFlagDecisionEffect
{
    public async ValueTask OnDecidedAsync(FlagRecord flag, ChatIdentity moderator, CancellationToken ct)
    {
        if (flag.Kind != FlagKinds.Message || flag.MessageId is null) return;
        var message = await store.GetMessageAsync(flag.Tenant, flag.MessageId, ct);
        if (message is null || message.State != DeliveryState.Held) return;
        if (flag.Status == FlagStatuses.Confirmed)
        {
            await store.TransitionAsync(flag.Tenant, message.Id, DeliveryState.Held, DeliveryState.Blocked, null, ct);
            return;
        }
        var released = await store.TransitionAsync(flag.Tenant, message.Id, DeliveryState.Held, DeliveryState.Delivered, message.Text, ct);
        if (released is null) return; // another node released it first
        var conversation = await store.GetConversationAsync(flag.Tenant, released.ConversationId, ct);
        if (conversation is not null) await delivery.DeliverAsync(released, conversation, ct);
    }
}
