using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Flags;

/// <summary>The durable review queue. A flag is committed before anyone is told about it.</summary>
public interface IFlagStore
{
    /// <summary>
    /// Stores the flag unless one with the same <paramref name="dedupKey"/> exists in the tenant (a retried raise);
    /// returns the stored flag and whether this call inserted it. Its context is live from
    /// <see cref="FlagRecord.ContextBefore"/>, or frozen as <see cref="FlagRecord.Context"/> when that is given.
    /// </summary>
    Task<(FlagRecord Flag, bool Inserted)> AddAsync(FlagRecord flag, string dedupKey, CancellationToken ct);

    /// <summary>The same insert as a step of a write job under way, its row prepared now rather than on the writer.</summary>
    FlagInsertion Insertion(FlagRecord flag, string dedupKey);

    /// <summary>
    /// A flag as stored: its <see cref="FlagRecord.Context"/> is null while it is live (<see cref="FlagConversation"/>
    /// reads it).
    /// </summary>
    Task<FlagRecord?> GetAsync(string tenant, string flagId, CancellationToken ct);

    Task<FlagPage> ListAsync(FlagQuery query, CancellationToken ct);

    /// <summary>
    /// Records a decision on a pending flag together with its audit entry, in one transaction. A flag already
    /// decided the same way is returned as it is; decided the other way is a conflict. <paramref name="context"/>,
    /// when given, is frozen into the flag with the decision (the evidence behind a sanction).
    /// </summary>
    Task<FlagDecisionOutcome> DecideAsync(string tenant, string flagId, string decision, string? note, ChatIdentity moderator,
        DateTimeOffset at, IReadOnlyList<FlagContextMessage>? context, CancellationToken ct);

    /// <summary>Copies a live context into the flag; false when it was frozen already.</summary>
    Task<bool> FreezeContextAsync(string tenant, string flagId, IReadOnlyList<FlagContextMessage> context, CancellationToken ct);

    /// <summary>
    /// Flags of every tenant whose live context may reach a message sent before <paramref name="sentBefore"/>
    /// (S12: those messages are about to be purged), oldest first.
    /// </summary>
    Task<IReadOnlyList<FlagRecord>> ListContextsReachingAsync(DateTimeOffset sentBefore, int limit, CancellationToken ct);

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
