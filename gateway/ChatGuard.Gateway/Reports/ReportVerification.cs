using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Reports;

/// <summary>S9: confirming a report's flag verifies the report; its messages then leave the shop's assessment (<see cref="IVerifiedReports"/>).</summary>
public sealed class ReportVerification(IReportStore reports, IChatStore chat, IAssessmentExclusions assessment, TimeProvider clock)
    : IFlagDecisionEffect
{
    public async ValueTask OnDecidedAsync(FlagRecord flag, ChatIdentity moderator, CancellationToken ct)
    {
        if (flag.Kind != FlagKinds.Report) return;
        var report = await reports.FindByFlagAsync(flag.Tenant, flag.FlagId, ct);
        if (report is null) return;
        var verified = flag.Status == FlagStatuses.Confirmed;
        var messages = new List<(string, DateTimeOffset)>();
        if (verified)
            foreach (var id in report.MessageIds)
                if (await chat.GetMessageAsync(flag.Tenant, id, ct) is { } m) messages.Add((m.Id, m.SentAt));
        await reports.DecideAsync(flag.Tenant, report.ReportId, verified, messages, clock.GetUtcNow(), ct);
        // S9: verified abusive messages leave the shop's assessment figures (S2-S4).
        if (verified && messages.Count > 0)
            await assessment.ExcludeAsync(flag.Tenant, flag.ShopId, messages.ConvertAll(m => m.Item1), $"report {report.ReportId} verified", ct);
    }
}
