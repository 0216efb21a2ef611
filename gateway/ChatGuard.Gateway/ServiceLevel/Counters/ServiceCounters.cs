namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// The per-message counters behind S1 (unanswered streaks and the bot handoff) and S2 (reply-time figures): the
/// <see cref="ShopServiceState"/> rules applied through the configured <see cref="IShopStateStore"/>.
/// <see cref="RecordAsync"/> is atomic per shop and costs one round trip where the store is remote.
/// </summary>
public sealed class ServiceCounters(IShopStateStore store)
{
    public string Backend => store.Backend;

    public Task<CounterOutcome> RecordAsync(CounterUpdate update, CancellationToken ct) =>
        store.ChangeAsync(update.Tenant, update.ShopId, state => state.Record(update), ct);

    /// <summary>S1: whether the bot holds the shop's reception at <paramref name="now"/> (changes are pushed as <c>botHandoff</c>).</summary>
    public async Task<bool> IsHandoffActiveAsync(string tenant, string shopId, DateTimeOffset now, CancellationToken ct) =>
        (await store.ReadAsync(tenant, shopId, ct)).IsHandoffActive(now);

    public async Task<PeriodCounts> ReadPeriodAsync(string tenant, string shopId, string period, CancellationToken ct) =>
        (await store.ReadAsync(tenant, shopId, ct)).Period(period);

    /// <summary>Overwrites a period's counters with figures rebuilt from the stored messages.</summary>
    public Task WritePeriodAsync(string tenant, string shopId, string period, PeriodCounts counts, CancellationToken ct) =>
        store.ChangeAsync(tenant, shopId, state => (state.WithPeriod(period, counts), true), ct);

    /// <summary>
    /// After missed updates: replaces the live state of the listed conversations with what was rebuilt from the stored
    /// messages (see <see cref="ShopServiceState.ReplaceBacklog"/>).
    /// </summary>
    public Task<CounterOutcome> ReplaceBacklogAsync(string tenant, string shopId, IReadOnlyList<ConversationBacklog> backlog, int threshold,
        DateTimeOffset now, CancellationToken ct) =>
        store.ChangeAsync(tenant, shopId, state => state.ReplaceBacklog(backlog, threshold, now), ct);
}
