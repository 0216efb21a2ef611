using System.Text.Json;
using System.Text.Json.Serialization;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Reports;

/// <summary>
/// S9: an agent reports buyer messages of one of the shop's conversations; the report becomes a <c>report</c> flag
/// with the conversation as evidence, for a moderator to verify.
/// </summary>
public sealed partial class MessageReports(
    IChatStore chat,
    IReportStore reports,
    FlagRaiser flags,
    IOptionsMonitor<FlagOptions> options,
    TimeProvider clock,
    ILogger<MessageReports> logger)
{
    public const string Shape = "{conversationId, messageIds: [...], reason, note}";
    public const int MaxMessages = 20;

    /// <summary>The content label a reason stands for, so a verified report is sanctioned like the same content found by the scan (S10).</summary>
    public static string LabelFor(string reason) => reason switch
    {
        ComplaintReasons.Obscene => Labels.Prohibited,
        ComplaintReasons.Ads => Labels.Spam,
        _ => Labels.Abuse,
    };

    public async Task<ReportResult> ReportAsync(ChatIdentity agent, JsonElement request, CancellationToken ct)
    {
        if (agent.Role != Roles.Agent) throw new MessageRejectedException("only a shop's agents report buyer messages");
        var json = ComplaintFields.Object(request, Shape);
        var conversationId = ComplaintFields.String(json, "conversationId");
        var messageIds = ComplaintFields.Strings(json, "messageIds", MaxMessages).Distinct().ToList();
        var (reason, note) = ComplaintFields.ReasonAndNote(json, options.CurrentValue.MaxNoteLength);
        var conversation = Identifiers.IsValid(conversationId) ? await chat.GetConversationAsync(agent.Tenant, conversationId!, ct) : null;
        if (conversation is null || conversation.ShopId != agent.ShopId)
            throw new MessageRejectedException($"conversation '{conversationId}' does not exist or is not your shop's");

        var messages = new List<StoredMessage>();
        foreach (var id in messageIds)
        {
            var m = Identifiers.IsValid(id) ? await chat.GetMessageAsync(agent.Tenant, id, ct) : null;
            if (m is null || m.ConversationId != conversation.Id || m.SenderRole != Roles.Buyer)
                throw new MessageRejectedException($"message '{id}' is not a buyer message of this conversation (only the buyer's messages can be reported, S9)");
            messages.Add(m);
        }
        messages.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));

        var (report, inserted) = await reports.AddAsync(new Report
        {
            ReportId = "r_" + Guid.CreateVersion7().ToString("N"),
            Tenant = agent.Tenant,
            ShopId = conversation.ShopId,
            ConversationId = conversation.Id,
            BuyerId = conversation.BuyerId,
            MessageIds = [.. messages.Select(m => m.Id)],
            Reason = reason,
            Note = note,
            ReportedBy = agent.UserId,
            CreatedAt = clock.GetUtcNow(),
        }, ct);
        // Idempotent by report id: a repeated report (or a retry after a crash here) finds or finishes the same flag.
        var flag = await flags.RaiseReportAsync(report.ReportId, messages, LabelFor(report.Reason), report.Reason, report.Note, report.ReportedBy, ct);
        if (report.FlagId is null) await reports.SetFlagAsync(report.Tenant, report.ReportId, flag.FlagId, ct);
        if (inserted) LogReported(report.ReportId, report.ShopId, report.ConversationId, messages.Count, report.Reason);
        return new ReportResult(report.ReportId, flag.FlagId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId}: shop {ShopId} reported {Count} buyer messages in {ConversationId} for {Reason}")]
    private partial void LogReported(string reportId, string shopId, string conversationId, int count, string reason);
}

public sealed record ReportResult(
    [property: JsonPropertyName("reportId")] string ReportId,
    [property: JsonPropertyName("flagId")] string FlagId);
