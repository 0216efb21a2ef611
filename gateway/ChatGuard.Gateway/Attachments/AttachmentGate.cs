using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Attachments;

/// <summary>
/// <c>SendMessage</c>'s <c>attachmentIds</c>: only images the sender uploaded to this conversation, and scanned clean or
/// held, may go with a message. Unknown and blocked ones refuse the send; a held one holds the whole message for the
/// moderator (C1, C10).
/// </summary>
public sealed class AttachmentGate(IAttachmentStore store)
{
    public async ValueTask<Verdict> ApplyAsync(SendContext context, Verdict verdict, CancellationToken ct)
    {
        if (context.AttachmentIds.Count == 0) return verdict;
        var labels = new HashSet<string>(verdict.Labels, StringComparer.Ordinal);
        var action = verdict.Action;
        foreach (var id in context.AttachmentIds.Distinct(StringComparer.Ordinal))
        {
            var attachment = Identifiers.IsValid(id) ? await store.GetAsync(context.Sender.Tenant, id, ct) : null;
            // Someone else's upload, or one to another conversation, is as unknown as a made-up id.
            if (attachment is null || attachment.ConversationId != context.Conversation.Id || attachment.UploaderId != context.Sender.UserId)
                throw new MessageRejectedException($"unknown attachment '{id}': upload it to this conversation first");
            switch (attachment.State)
            {
                case DeliveryState.Blocked:
                    throw new MessageRejectedException($"attachment '{id}' is blocked: " +
                        (attachment.Labels.Count > 0 ? string.Join("; ", attachment.Labels.Select(LabelReasons.For)) : "the image is not allowed (C10)"));
                case DeliveryState.Held:
                    labels.UnionWith(attachment.Labels);
                    if (action < ModerationAction.Review) action = ModerationAction.Review;
                    break;
            }
        }
        return verdict with { Labels = [.. Labels.All.Where(labels.Contains)], Action = action };
    }
}
