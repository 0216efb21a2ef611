using System.Diagnostics;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// Every message, from a client or from the bot, takes these steps in this order (the README draws them):
/// <list type="number">
/// <item>admission — valid command, a participant of the conversation, not a retry of a stored send;</item>
/// <item>gates — rate limits, sanctions (S10), shop blocks (S6), what an agent may answer (S5, S3), attachments (C10);</item>
/// <item>scan — normalize once, the tenant's profile, the sender's role and recent messages;</item>
/// <item>store — the message and its flag in one commit, before anything is acknowledged;</item>
/// <item>deliver — allowed and masked messages to the other side;</item>
/// <item>effects — the flag announced to moderators, S1/S2 counters (the bot answers off this call), spam tracking.</item>
/// </list>
/// </summary>
public sealed partial class SendPipeline(
    SendAdmission admission,
    RateLimitGate rateLimit, SanctionGate sanction, BlockGate block, AgentReplyGate agentReply, AttachmentGate attachments,
    ScanStep scan,
    StoreStep store,
    DeliverStep deliver,
    FlagAnnouncement flagAnnouncement, ServiceLevelCounting serviceLevel, SpamTracking spam,
    GatewayMetrics metrics,
    ILogger<SendPipeline> logger)
{
    private readonly ISendGate[] _gates = [rateLimit, sanction, block, agentReply, attachments];
    private readonly ISendEffect[] _effects = [flagAnnouncement, serviceLevel, spam];

    /// <param name="connectionId">The hub connection the command came in on; null for the bot.</param>
    public async Task<SendMessageResult> SendAsync(ChatIdentity sender, SendMessageCommand? command, string? connectionId, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = GatewayTracing.Source.StartActivity("SendMessage");
        try
        {
            var result = await RunAsync(sender, command, connectionId, ct);
            metrics.SendCompleted(started, result.Duplicate ? "duplicate" : result.Action);
            activity?.SetTag("chatguard.message_id", result.MessageId);
            activity?.SetTag("chatguard.action", result.Action);
            return result;
        }
        catch (MessageRejectedException)
        {
            metrics.SendCompleted(started, "rejected");
            activity?.SetStatus(ActivityStatusCode.Error, "rejected");
            throw;
        }
    }

    private async Task<SendMessageResult> RunAsync(ChatIdentity sender, SendMessageCommand? command, string? connectionId, CancellationToken ct)
    {
        var (send, earlier) = await admission.AdmitAsync(sender, command, connectionId, ct);
        if (send is null) return Acknowledge(earlier!, duplicate: true);
        foreach (var gate in _gates) await gate.CheckAsync(send, ct);
        await scan.RunAsync(send, ct);
        if (!await store.RunAsync(send, ct)) return Acknowledge(send.Stored, duplicate: true); // a concurrent retry stored first
        await deliver.RunAsync(send, ct);
        foreach (var effect in _effects)
        {
            try
            {
                await effect.RunAsync(send, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogEffectFailed(e, effect.GetType().Name, send.Stored.Id);
            }
        }
        return Acknowledge(send.Stored, duplicate: false);
    }

    private static SendMessageResult Acknowledge(StoredMessage m, bool duplicate) =>
        new(m.Id, m.Action, m.Labels, m.DeliveredText,
            m.Action == ModerationAction.Allow.ToWire() ? null : string.Join("; ", m.Labels.Select(LabelReasons.For)), duplicate);

    [LoggerMessage(Level = LogLevel.Error, Message = "Send effect {Effect} failed for message {MessageId}")]
    private partial void LogEffectFailed(Exception e, string effect, string messageId);
}
