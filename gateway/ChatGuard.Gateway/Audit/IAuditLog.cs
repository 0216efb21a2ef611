namespace ChatGuard.Gateway.Audit;

/// <summary>
/// The audit trail of moderation actions (flag decisions, sanction and block lifts). Entries are written by the
/// stores inside the transaction of the action they record (<see cref="SqlAuditLog.AppendAsync"/>), so an action
/// never happens unaudited.
/// </summary>
public interface IAuditLog
{
    /// <summary>The entries about one record (a flag, sanction or block id), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string tenant, string subject, CancellationToken ct);
}
