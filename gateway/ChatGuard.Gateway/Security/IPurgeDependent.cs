namespace ChatGuard.Gateway.Security;

/// <summary>
/// A store whose records cite records a retention purge deletes (S12): it copies what it must keep before the purge
/// runs. When it fails, that round's purge is skipped rather than leaving its records pointing at nothing.
/// </summary>
public interface IPurgeDependent
{
    Task KeepBeforePurgeAsync(DateTimeOffset cutoff, CancellationToken ct);
}
