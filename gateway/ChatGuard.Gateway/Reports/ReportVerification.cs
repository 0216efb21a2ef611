using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Reports;

/// <summary>S9: confirming a report's flag verifies the report; its messages then leave the shop's assessment (<see cref="IVerifiedReports"/>).</summary>
public sealed class ReportVerification(IReportStore reports, IChatStore chat, TimeProvider clock) : IFlagDecisionEffect
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
    }
}
