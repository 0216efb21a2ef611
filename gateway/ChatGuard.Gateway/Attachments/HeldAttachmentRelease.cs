using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Attachments;

/// <summary>
/// A moderator's decision on an attachment's flag: dismissed, the image may be sent (a held or wrongly blocked one);
/// confirmed, it stays or becomes blocked.
/// </summary>
public sealed class HeldAttachmentRelease(IAttachmentStore store) : IFlagDecisionEffect
{
    public async ValueTask OnDecidedAsync(FlagRecord flag, ChatIdentity moderator, CancellationToken ct)
    {
        if (flag.Kind != FlagKinds.Attachment || flag.AttachmentId is null) return;
        var attachment = await store.GetAsync(flag.Tenant, flag.AttachmentId, ct);
        if (attachment is null) return;
        var to = flag.Status == FlagStatuses.Confirmed ? DeliveryState.Blocked : DeliveryState.Delivered;
        if (attachment.State != to) await store.TransitionAsync(flag.Tenant, attachment.Id, attachment.State, to, ct);
    }
}
