namespace ChatGuard.Gateway.Storage;

/// <summary>A store that holds buyer data and deletes what is older than the retention cutoff (S12).</summary>
public interface IRetentionParticipant
{
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct);
}
