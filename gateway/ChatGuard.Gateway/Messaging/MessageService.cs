using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Attachments;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// One send, in the order of DESIGN.md's flow: validate → authorize → de-duplicate → checks → scan → store
/// (before acknowledging; a verdict other than allow stores its flag in the same commit) → deliver per the verdict →
/// moderators told of the flag → observers (counters, spam).
/// </summary>
public sealed partial class MessageService(
    IChatStore store,
    MessageScanner scanner,
    AttachmentGate attachments,
    ChatDelivery delivery,
    FlagQueue flags,
    IEnumerable<ISendCheck> checks,
    IEnumerable<IMessageObserver> observers,
    IOptionsMonitor<MessageOptions> options,
    TimeProvider clock,
    GatewayMetrics metrics,
    ILogger<MessageService> logger)
{
    private readonly ISendCheck[] _checks = [.. checks];
    private readonly IMessageObserver[] _observers = [.. observers];

    public async Task<SendMessageResult> SendAsync(ChatIdentity sender, SendMessageRequest? request, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = GatewayTracing.Source.StartActivity("SendMessage");
        try
        {
            var result = await SendCoreAsync(sender, request, activity, ct);
            metrics.SendCompleted(started, result.Duplicate ? "duplicate" : result.Action);
            return result;
        }
        catch (MessageRejectedException)
        {
            metrics.SendCompleted(started, "rejected");
            activity?.SetStatus(ActivityStatusCode.Error, "rejected");
            throw;
        }
    }

    private async Task<SendMessageResult> SendCoreAsync(ChatIdentity sender, SendMessageRequest? request, Activity? activity, CancellationToken ct)
    {
        var limits = options.CurrentValue;
        var (conversationId, clientMessageId, text, attachmentIds) = Validate(request, limits);

        var step = Stopwatch.GetTimestamp();
        var conversation = await store.GetConversationAsync(sender.Tenant, conversationId, ct);
        metrics.StoreOperation(step, "get_conversation");
        if (conversation is null || !ConversationAccess.CanRead(sender, conversation))
            throw new MessageRejectedException($"conversation '{conversationId}' does not exist or you are not a participant");
        if (!ConversationAccess.CanPost(sender, conversation))
            throw new MessageRejectedException("moderators cannot post into conversations");

        // A retry of a send that was stored returns the first outcome, without another scan or delivery.
        step = Stopwatch.GetTimestamp();
        var earlier = await store.FindByClientMessageIdAsync(sender.Tenant, conversation.ShopId, sender.Role, sender.UserId, clientMessageId, ct);
        metrics.StoreOperation(step, "find_duplicate");
        if (earlier is not null) return Acknowledge(earlier, duplicate: true);

        var context = new SendContext(sender, conversation, clientMessageId, text, attachmentIds, clock.GetUtcNow());
        foreach (var check in _checks) await check.CheckAsync(context, ct);

        Verdict verdict;
        NormalizedText normalized;
        step = Stopwatch.GetTimestamp();
        using (GatewayTracing.Source.StartActivity("scan"))
        {
            normalized = scanner.Normalize(text);
            verdict = await scanner.ScanAsync(sender, conversation, context.Now, normalized, ct);
        }
        metrics.Scanned(step);
        verdict = await attachments.ApplyAsync(context, verdict, ct);
        var scan = ScanResult.From(verdict);
        var message = new StoredMessage
        {
            Id = "m_" + Guid.CreateVersion7().ToString("N"),
            Tenant = sender.Tenant,
            ConversationId = conversation.Id,
            ShopId = conversation.ShopId,
            SenderId = sender.UserId,
            SenderRole = sender.Role,
            ClientMessageId = clientMessageId,
            Text = text,
            DeliveredText = verdict.Action switch
            {
                ModerationAction.Allow => text,
                ModerationAction.Mask => verdict.Masked,
                _ => null,
            },
            Action = verdict.Action.ToWire(),
            Labels = verdict.Labels,
            VerdictJson = JsonSerializer.Serialize(scan, ScanResult.JsonOptions),
            Profile = verdict.Profile,
            ProfileVersion = verdict.ProfileVersion,
            State = verdict.Action switch
            {
                ModerationAction.Allow or ModerationAction.Mask => DeliveryState.Delivered,
                ModerationAction.Review => DeliveryState.Held,
                _ => DeliveryState.Blocked,
            },
            SentAt = context.Now,
            AttachmentIds = [.. attachmentIds.Distinct(StringComparer.Ordinal)],
        };

        // A held message nobody is told about would stay held forever: its flag commits with it or neither does.
        var flag = verdict.Action == ModerationAction.Allow ? null : flags.PrepareForMessage(message, scan);
        step = Stopwatch.GetTimestamp();
        (StoredMessage stored, bool inserted) appended;
        using (GatewayTracing.Source.StartActivity("store"))
            appended = await store.AppendMessageAsync(message, flag is null ? null : flags.StoreWith(flag), ct);
        metrics.StoreOperation(step, "append");
        var (stored, inserted) = appended;
        if (!inserted) return Acknowledge(stored, duplicate: true); // a concurrent retry won the insert
        LogStored(stored.Id, stored.ConversationId, sender.Role, stored.Action, string.Join(',', stored.Labels));
        metrics.MessageStored(stored.Action, stored.Labels, sender.Role);
        activity?.SetTag("chatguard.message_id", stored.Id);
        activity?.SetTag("chatguard.action", stored.Action);

        if (stored.State == DeliveryState.Delivered)
        {
            step = Stopwatch.GetTimestamp();
            using (GatewayTracing.Source.StartActivity("deliver")) await delivery.DeliverAsync(stored, conversation, ct);
            metrics.Delivered(step);
        }
        if (flag is not null) await flags.PublishAsync(flag, ct);
        var send = new StoredSend(stored, conversation, normalized, scan);
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnStoredAsync(send, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogObserverFailed(e, observer.GetType().Name, stored.Id);
            }
        }
        return Acknowledge(stored, duplicate: false);
    }

    private static SendMessageResult Acknowledge(StoredMessage m, bool duplicate) =>
        new(m.Id, m.Action, m.Labels, m.DeliveredText,
            m.Action == ModerationAction.Allow.ToWire() ? null : string.Join("; ", m.Labels.Select(LabelReasons.For)), duplicate);

    private static (string ConversationId, string ClientMessageId, string Text, string[] AttachmentIds) Validate(
        SendMessageRequest? request, MessageOptions limits)
    {
        if (request is null) throw new MessageRejectedException("a message object {conversationId, clientMessageId, text} is required");
        if (!Identifiers.IsValid(request.ConversationId)) throw new MessageRejectedException("conversationId is missing or malformed");
        var clientId = request.ClientMessageId;
        if (string.IsNullOrWhiteSpace(clientId)) throw new MessageRejectedException("clientMessageId is required (it makes retries safe)");
        if (clientId.Length > limits.MaxClientMessageIdLength || !IsWellFormed(clientId) || clientId.Any(char.IsControl))
            throw new MessageRejectedException($"clientMessageId must be at most {limits.MaxClientMessageIdLength} printable characters");
        var attachments = request.AttachmentIds ?? [];
        var text = request.Text ?? "";
        if (string.IsNullOrWhiteSpace(text) && attachments.Length == 0) throw new MessageRejectedException("text is empty");
        if (text.Length > limits.MaxLength)
            throw new MessageRejectedException($"text is too long: {text.Length} characters, at most {limits.MaxLength}");
        if (!IsWellFormed(text)) throw new MessageRejectedException("text is not valid Unicode (it contains a lone surrogate)");
        return (request.ConversationId!, clientId, text, attachments);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A lone surrogate cannot be stored or relayed as UTF-8; the strict encoder finds it.</summary>
    private static bool IsWellFormed(string s)
    {
        try
        {
            StrictUtf8.GetByteCount(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    // S12: ids, role, action and labels only — never the text.
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored message {MessageId} in {ConversationId} from {Role}: {Action} [{Labels}]")]
    private partial void LogStored(string messageId, string conversationId, string role, string action, string labels);

    [LoggerMessage(Level = LogLevel.Error, Message = "Observer {Observer} failed for message {MessageId}")]
    private partial void LogObserverFailed(Exception e, string observer, string messageId);
}
