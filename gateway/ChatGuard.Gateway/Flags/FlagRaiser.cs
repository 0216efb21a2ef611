using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Moderation;
using Microsoft.AspNetCore.SignalR;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// Raises flags: builds the record (verdict, S13 profile and version, where the conversation before it ends),
/// stores it, and only then pushes the <c>flag</c> event to the tenant's moderators. A raise is idempotent per source
/// (message, attachment, spam trigger, report), so a retry never queues the same thing twice.
/// </summary>
public sealed partial class FlagRaiser(
    IFlagStore flags,
    FlagConversation conversation,
    IHubContext<ModerationHub> hub,
    LiveEvents events,
    TimeProvider clock,
    ILogger<FlagRaiser> logger)
{
    public const string FlagEventName = "flag";

    /// <summary>
    /// A message whose verdict was not allow, before it is stored: its flag, whose context is the conversation
    /// before it. <see cref="InsertForMessageAsync"/> writes it in the message's own commit, <see cref="PublishAsync"/> announces it after.
    /// </summary>
    public FlagRecord PrepareForMessage(StoredMessage m, ScanResult verdict) => FromMessage(m, FlagKinds.Message) with
    {
        Spans = verdict.Spans,
        Rules = [.. verdict.Spans.Select(s => s.RuleId).Distinct()],
    };

    /// <summary>
    /// The prepared flag's insert, run right after its message's in the same write job; its context is what came before
    /// the message. False when the message's flag is stored already (the job ran twice).
    /// </summary>
    public Task<bool> InsertForMessageAsync(SqlWriteBatch batch, FlagRecord flag, long messageSequence, CancellationToken ct) =>
        flags.Insertion(flag, $"message:{flag.MessageId}")(batch, messageSequence, ct);

    /// <summary>Tells the tenant's moderators about a flag once it is stored.</summary>
    public async Task PublishAsync(FlagRecord stored, CancellationToken ct)
    {
        LogRaised(stored.FlagId, stored.Kind, stored.ConversationId, string.Join(',', stored.Labels));
        try
        {
            await events.ToGroupAsync(hub, HubGroups.Moderators(stored.Tenant), FlagEventName, stored, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The flag is stored: the console finds it through GET /api/v1/flags even if the live push failed.
            LogPushFailed(e, stored.FlagId);
        }
    }

    /// <summary>C9/S5: a behaviour seen over several messages, raised on the message that completed the pattern.</summary>
    public Task<FlagRecord> RaiseSpamAsync(StoredMessage trigger, IReadOnlyList<string> messageIds, string rule, string reason, CancellationToken ct) =>
        RaiseAsync(FromMessage(trigger, FlagKinds.Spam) with
        {
            MessageIds = messageIds,
            Labels = [Labels.Spam],
            Rules = [rule],
            Reason = reason,
            ContextBefore = trigger.Sequence,
        }, $"spam:{rule}:{trigger.Id}", ct);

    /// <summary>The seam for the attachment scan: a flagged image or file.</summary>
    public async Task<FlagRecord> RaiseForAttachmentAsync(AttachmentFlag a, CancellationToken ct) =>
        await RaiseAsync(new FlagRecord
        {
            FlagId = NewId(),
            Tenant = a.Tenant,
            ShopId = a.ShopId,
            ConversationId = a.ConversationId,
            MessageId = a.MessageId,
            MessageIds = a.MessageId is null ? [] : [a.MessageId],
            AttachmentId = a.AttachmentId,
            Kind = FlagKinds.Attachment,
            SenderRole = a.SenderRole,
            SenderId = a.SenderId,
            Text = a.Description,
            Action = a.Action,
            Labels = a.Labels,
            Rules = a.Rules,
            Profile = a.Profile,
            ProfileVersion = a.ProfileVersion,
            CreatedAt = clock.GetUtcNow(),
            // Scanned apart from any message's send: the conversation as it stands now, frozen at once.
            Context = await conversation.ReadAsync(a.Tenant, a.ConversationId, long.MaxValue, ct),
        }, $"attachment:{a.AttachmentId}", ct);

    /// <summary>
    /// S9: an agent's report of buyer messages; the conversation up to the last reported message is the evidence,
    /// and <paramref name="reportId"/> makes the raise idempotent.
    /// </summary>
    public Task<FlagRecord> RaiseReportAsync(string reportId, IReadOnlyList<StoredMessage> reported, string label, string reason, string? note,
        string reportedBy, CancellationToken ct)
    {
        var last = reported[^1];
        return RaiseAsync(FromMessage(last, FlagKinds.Report) with
        {
            MessageIds = [.. reported.Select(m => m.Id)],
            Text = string.Join("\n", reported.Select(m => m.Text)),
            Labels = [label],
            Rules = ["S9"],
            Reason = reason,
            Note = note,
            ReportedBy = reportedBy,
            ContextBefore = last.Sequence + 1,
        }, $"report:{reportId}", ct);
    }

    private FlagRecord FromMessage(StoredMessage m, string kind) => new()
    {
        FlagId = NewId(),
        Tenant = m.Tenant,
        ShopId = m.ShopId,
        ConversationId = m.ConversationId,
        MessageId = m.Id,
        MessageIds = [m.Id],
        Kind = kind,
        SenderRole = m.SenderRole,
        SenderId = m.SenderId,
        Text = m.Text,
        Action = m.Action,
        Labels = m.Labels,
        Profile = m.Profile,
        ProfileVersion = m.ProfileVersion,
        CreatedAt = clock.GetUtcNow(),
    };

    private async Task<FlagRecord> RaiseAsync(FlagRecord flag, string dedupKey, CancellationToken ct)
    {
        var (stored, inserted) = await flags.AddAsync(flag, dedupKey, ct);
        if (inserted) await PublishAsync(stored, ct);
        return stored;
    }

    private static string NewId() => "f_" + Guid.CreateVersion7().ToString("N");

    // S12: ids and labels only.
    [LoggerMessage(Level = LogLevel.Information, Message = "Flag {FlagId} ({Kind}) raised in {ConversationId} [{Labels}]")]
    private partial void LogRaised(string flagId, string kind, string conversationId, string labels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flag {FlagId} is stored but the live push to moderators failed")]
    private partial void LogPushFailed(Exception e, string flagId);
}
