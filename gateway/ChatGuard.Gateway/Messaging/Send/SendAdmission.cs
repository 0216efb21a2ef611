using System.Diagnostics;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// The first step: the command's values are valid, the sender may post in the conversation, and it is not the retry of
/// a send already stored (S7). A retry gets the first outcome back, without another scan or delivery.
/// </summary>
public sealed class SendAdmission(IChatStore store, IOptionsMonitor<MessageOptions> limits, TimeProvider clock, GatewayMetrics metrics)
{
    /// <summary>The send to run, or the message an earlier attempt of it stored.</summary>
    public async ValueTask<(SendContext? Send, StoredMessage? Earlier)> AdmitAsync(ChatIdentity sender, SendMessageCommand? command,
        string? connectionId, CancellationToken ct)
    {
        var (conversationId, clientMessageId, text, attachmentIds) = SendMessageCommand.Validate(command, limits.CurrentValue);

        var started = Stopwatch.GetTimestamp();
        var conversation = await store.GetConversationAsync(sender.Tenant, conversationId, ct);
        metrics.StoreOperation(started, "get_conversation");
        if (conversation is null || !ConversationAccess.CanRead(sender, conversation))
            throw new MessageRejectedException($"conversation '{conversationId}' does not exist or you are not a participant");
        if (!ConversationAccess.CanPost(sender, conversation))
            throw new MessageRejectedException("moderators cannot post into conversations");

        started = Stopwatch.GetTimestamp();
        var earlier = await store.FindByClientMessageIdAsync(sender.Tenant, conversation.ShopId, sender.Role, sender.UserId, clientMessageId, ct);
        metrics.StoreOperation(started, "find_duplicate");
        if (earlier is not null) return (null, earlier);
        return (new SendContext(sender, conversation, clientMessageId, text, attachmentIds, clock.GetUtcNow(), connectionId), null);
    }
}
