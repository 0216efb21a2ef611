namespace ChatGuard.Gateway.Reports;

/// <summary>
/// S9: buyer messages a moderator verified as abusive after a shop reported them. They must leave the shop's
/// assessment figures; the assessment reads them here (or is told through its own exclusion seam).
/// </summary>
public interface IVerifiedReports
{
    /// <summary>The shop's verified reported messages sent in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<VerifiedReportedMessage>> ListVerifiedAsync(string tenant, string shopId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<bool> IsVerifiedAsync(string tenant, string messageId, CancellationToken ct);
}

public sealed record VerifiedReportedMessage(string Tenant, string ShopId, string ConversationId, string MessageId, string ReportId,
    DateTimeOffset SentAt, DateTimeOffset VerifiedAt);
