using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Attachments;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// <c>SendMessage</c>'s <c>attachmentIds</c>: only images the sender uploaded to this conversation, and scanned clean or
/// held, may go with a message. Unknown and blocked ones refuse the send; a held one holds the whole message for the
/// moderator (C1, C10), which <see cref="ScanStep"/> adds to the text's verdict.
/// </summary>
public sealed class AttachmentGate(IAttachmentStore store) : ISendGate
{
    public async ValueTask CheckAsync(SendContext send, CancellationToken ct)
    {
        if (send.AttachmentIds.Count == 0) return;
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in send.AttachmentIds.Distinct(StringComparer.Ordinal))
        {
            var attachment = Identifiers.IsValid(id) ? await store.GetAsync(send.Sender.Tenant, id, ct) : null;
            // Someone else's upload, or one to another conversation, is as unknown as a made-up id.
            if (attachment is null || attachment.ConversationId != send.Conversation.Id || attachment.UploaderId != send.Sender.UserId)
                throw new MessageRejectedException($"unknown attachment '{id}': upload it to this conversation first");
            switch (attachment.State)
            {
                case DeliveryState.Blocked:
                    throw new MessageRejectedException($"attachment '{id}' is blocked: " +
                        (attachment.Labels.Count > 0 ? string.Join("; ", attachment.Labels.Select(LabelReasons.For)) : "the image is not allowed (C10)"));
                case DeliveryState.Held:
                    send.HeldByAttachment = true;
                    held.UnionWith(attachment.Labels);
                    break;
            }
        }
        send.HeldAttachmentLabels = held;
    }
}
