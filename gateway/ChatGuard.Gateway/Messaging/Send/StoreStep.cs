using System.Diagnostics;
using System.Text.Json;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// Stores the message before it is acknowledged or delivered. A verdict other than allow stores its flag in the same
/// commit: a held message nobody is told about would stay held forever, so both are written or neither is.
/// </summary>
public sealed partial class StoreStep(SqlDatabase database, IChatStore store, FlagRaiser flags, GatewayMetrics metrics, ILogger<StoreStep> logger)
{
    /// <summary>False when a concurrent retry of the same send stored first; <see cref="SendContext.Stored"/> is then that one.</summary>
    public async ValueTask<bool> RunAsync(SendContext send, CancellationToken ct)
    {
        var scan = ScanResult.From(send.Verdict);
        var message = MessageOf(send, scan);
        var flag = send.Verdict.Action == ModerationAction.Allow ? null : flags.PrepareForMessage(message, scan);
        var started = Stopwatch.GetTimestamp();
        long? sequence;
        using (GatewayTracing.Source.StartActivity("store"))
        {
            sequence = await database.Writes.WriteAsync(async (batch, token) =>
            {
                var inserted = await store.InsertMessageAsync(batch, message, token);
                if (inserted is { } seq && flag is not null) await flags.InsertForMessageAsync(batch, flag, seq, token);
                return inserted;
            }, ct);
        }
        metrics.StoreOperation(started, "append");
        if (sequence is not { } assigned)
        {
            send.Stored = await store.FindStoredInsteadAsync(message, ct);
            return false;
        }
        send.Stored = message with { Sequence = assigned };
        send.Flag = flag;
        LogStored(message.Id, message.ConversationId, message.SenderRole, message.Action, string.Join(',', message.Labels));
        metrics.MessageStored(message.Action, message.Labels, message.SenderRole);
        return true;
    }

    private static StoredMessage MessageOf(SendContext send, ScanResult scan)
    {
        var verdict = send.Verdict;
        return new StoredMessage
        {
            Id = "m_" + Guid.CreateVersion7().ToString("N"),
            Tenant = send.Sender.Tenant,
            ConversationId = send.Conversation.Id,
            ShopId = send.Conversation.ShopId,
            SenderId = send.Sender.UserId,
            SenderRole = send.Sender.Role,
            ClientMessageId = send.ClientMessageId,
            Text = send.Text,
            DeliveredText = verdict.Action switch
            {
                ModerationAction.Allow => send.Text,
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
            SentAt = send.Now,
            AttachmentIds = [.. send.AttachmentIds.Distinct(StringComparer.Ordinal)],
        };
    }

    // S12: ids, role, action and labels only — never the text.
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored message {MessageId} in {ConversationId} from {Role}: {Action} [{Labels}]")]
    private partial void LogStored(string messageId, string conversationId, string role, string action, string labels);
}
