using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Flags;

/// <summary>The durable review queue. A flag is committed before anyone is told about it.</summary>
public interface IFlagStore
{
    /// <summary>
    /// Stores the flag unless one with the same <paramref name="dedupKey"/> exists in the tenant (a retried raise);
    /// returns the stored flag and whether this call inserted it.
    /// </summary>
    Task<(FlagRecord Flag, bool Inserted)> AddAsync(FlagRecord flag, string dedupKey, CancellationToken ct);

    /// <summary>
    /// The same insert as a step of a write job under way (a message's, so that both commit together), its row
    /// prepared now rather than on the writer; the step returns false when a flag with the same
    /// <paramref name="dedupKey"/> exists.
    /// </summary>
    Func<SqlWriteBatch, CancellationToken, Task<bool>> Insertion(FlagRecord flag, string dedupKey);

    Task<FlagRecord?> GetAsync(string tenant, string flagId, CancellationToken ct);

    Task<FlagPage> ListAsync(FlagQuery query, CancellationToken ct);

    /// <summary>
    /// Records a decision on a pending flag together with its audit entry, in one transaction. A flag already
    /// decided the same way is returned as it is; decided the other way is a conflict.
    /// </summary>
    Task<FlagDecisionOutcome> DecideAsync(string tenant, string flagId, string decision, string? note, ChatIdentity moderator,
        DateTimeOffset at, CancellationToken ct);

    /// <summary>Flags of every tenant still waiting for a decision (the operators' queue-depth gauge).</summary>
    Task<long> CountPendingAsync(CancellationToken ct);

    /// <summary>Flags per label and hour since <paramref name="since"/>, oldest hour first.</summary>
    Task<IReadOnlyList<FlagHourCount>> CountByHourAsync(string tenant, DateTimeOffset since, CancellationToken ct);
}

public enum FlagDecisionResult
{
    NotFound,
    /// <summary>This call decided the flag: its effects (delivery, sanctions) are due.</summary>
    Applied,
    /// <summary>The same decision was made before: nothing changes.</summary>
    Repeated,
    /// <summary>The other decision was made before.</summary>
    Conflict,
}

public sealed record FlagDecisionOutcome(FlagDecisionResult Result, FlagRecord? Flag);
