namespace ChatGuard.Gateway.Counting;

/// <summary>
/// The per-message counters behind S1 (unanswered streaks and the bot handoff) and S2 (reply-time figures).
/// <see cref="RecordAsync"/> is atomic per shop and costs one round trip where the counters are remote.
/// Implementations: <see cref="RedisServiceCounters"/> (shared by all nodes) and <see cref="InProcessServiceCounters"/>
/// (the embedded single-node default).
/// </summary>
public interface IServiceCounters
{
    /// <summary>"redis" or "in-process", for reports.</summary>
    string Backend { get; }

    Task<CounterOutcome> RecordAsync(CounterUpdate update, CancellationToken ct);

    /// <summary>S1: whether the bot holds the shop's reception now, for a desk that opens mid-handoff (changes are pushed as <c>botHandoff</c>).</summary>
    Task<bool> IsHandoffActiveAsync(string tenant, string shopId, CancellationToken ct);

    Task<PeriodCounts> ReadPeriodAsync(string tenant, string shopId, string period, CancellationToken ct);

    /// <summary>Overwrites a period's counters with figures rebuilt from the stored messages.</summary>
    Task WritePeriodAsync(string tenant, string shopId, string period, PeriodCounts counts, CancellationToken ct);

    /// <summary>
    /// Replaces the live state (S1 streak, S2 buyer messages waiting for a reply) of the listed conversations with what
    /// was rebuilt from the stored messages after Redis missed updates; other conversations keep theirs. Returns whether
    /// the handoff is now on and whether that changed (no greetings: catching up must not spam buyers).
    /// </summary>
    Task<CounterOutcome> ReplaceBacklogAsync(string tenant, string shopId, IReadOnlyList<ConversationBacklog> backlog, int threshold, CancellationToken ct);
}
