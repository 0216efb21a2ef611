namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S9 (TikTok 003 §4.3): once a moderator verifies a seller's report of an abusive buyer, those buyer messages leave
/// the seller's assessment. The moderation feature calls this with the reported message ids; the affected periods
/// are rebuilt without them (and stay without them in every later rebuild).
/// </summary>
public interface IAssessmentExclusions
{
    Task ExcludeAsync(string tenant, string shopId, IReadOnlyCollection<string> messageIds, string reason, CancellationToken ct);
}
