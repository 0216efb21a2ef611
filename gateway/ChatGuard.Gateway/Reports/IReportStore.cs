namespace ChatGuard.Gateway.Reports;

/// <summary>S9 reports and the messages they got verified.</summary>
public interface IReportStore
{
    /// <summary>Stores the report unless the same messages of the conversation were reported for the same reason already.</summary>
    Task<(Report Report, bool Inserted)> AddAsync(Report report, CancellationToken ct);

    Task SetFlagAsync(string tenant, string reportId, string flagId, CancellationToken ct);

    Task<Report?> FindByFlagAsync(string tenant, string flagId, CancellationToken ct);

    /// <summary>
    /// Records the moderator's outcome; when verified, the reported messages (with when they were sent) join the
    /// verified set in the same transaction. Acts once: a report already decided is left as it is.
    /// </summary>
    Task<bool> DecideAsync(string tenant, string reportId, bool verified, IReadOnlyList<(string MessageId, DateTimeOffset SentAt)> messages,
        DateTimeOffset at, CancellationToken ct);
}
