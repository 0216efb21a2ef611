namespace ChatGuard.Gateway.Counting;

/// <summary>
/// The embedded default (no <c>ChatGuard:Redis:Configuration</c>): the same counters as <see cref="RedisServiceCounters"/>
/// in this process's memory, one lock per shop. Single node only; lost on restart (the assessment rebuild restores
/// S2 figures from the stored messages). Memory grows with shops × periods, a few numbers each.
/// </summary>
public sealed class InProcessServiceCounters : IServiceCounters
{
    private readonly Dictionary<(string Tenant, string Shop), ShopState> _shops = [];

    public string Backend => "in-process";

    public Task<CounterOutcome> RecordAsync(CounterUpdate u, CancellationToken ct)
    {
        var shop = Shop(u.Tenant, u.ShopId);
        lock (shop)
        {
            return Task.FromResult(u.Kind == CounterEventKind.BuyerMessage ? shop.Buyer(u) : shop.Reply(u));
        }
    }

    public Task<bool> IsHandoffActiveAsync(string tenant, string shopId, CancellationToken ct)
    {
        var shop = Shop(tenant, shopId);
        lock (shop) return Task.FromResult(shop.Active);
    }

    public Task<PeriodCounts> ReadPeriodAsync(string tenant, string shopId, string period, CancellationToken ct)
    {
        var shop = Shop(tenant, shopId);
        lock (shop) return Task.FromResult(shop.Periods.GetValueOrDefault(period, PeriodCounts.Empty));
    }

    public Task WritePeriodAsync(string tenant, string shopId, string period, PeriodCounts counts, CancellationToken ct)
    {
        var shop = Shop(tenant, shopId);
        lock (shop) shop.Periods[period] = counts;
        return Task.CompletedTask;
    }

    public Task<CounterOutcome> ReplaceBacklogAsync(string tenant, string shopId, IReadOnlyList<ConversationBacklog> backlog, int threshold, CancellationToken ct)
    {
        var shop = Shop(tenant, shopId);
        lock (shop) return Task.FromResult(shop.Replace(backlog, threshold));
    }

    private ShopState Shop(string tenant, string shopId)
    {
        lock (_shops)
        {
            if (!_shops.TryGetValue((tenant, shopId), out var shop)) _shops[(tenant, shopId)] = shop = new ShopState();
            return shop;
        }
    }

    /// <summary>One shop's counters; every method runs under the shop's lock. Mirrors the Redis script line by line.</summary>
    private sealed class ShopState
    {
        public Dictionary<string, PeriodCounts> Periods { get; } = [];
        private readonly Dictionary<string, int> _streaks = [];
        private readonly Dictionary<string, List<PendingBuyerMessage>> _pending = [];
        private readonly HashSet<string> _greeted = [];
        private bool _active;

        public bool Active => _active;

        public CounterOutcome Buyer(CounterUpdate u)
        {
            if (u.AssessedPeriod is { } period)
            {
                var p = Periods.GetValueOrDefault(period, PeriodCounts.Empty);
                Periods[period] = p with { BuyerMessages = p.BuyerMessages + 1 };
                if (!_pending.TryGetValue(u.ConversationId, out var list)) _pending[u.ConversationId] = list = [];
                list.Add(new PendingBuyerMessage(u.At, period));
            }
            if (!u.CountsForHandoff) return new CounterOutcome(_active, HandoffChange.None, []);
            var streak = _streaks[u.ConversationId] = _streaks.GetValueOrDefault(u.ConversationId) + 1;
            if (!_active && (streak > u.Threshold || _streaks.Count > u.Threshold))
            {
                _active = true;
                var greet = _streaks.Keys.ToList();
                _greeted.UnionWith(greet);
                return new CounterOutcome(true, HandoffChange.Started, greet);
            }
            return _active && _greeted.Add(u.ConversationId)
                ? new CounterOutcome(true, HandoffChange.None, [u.ConversationId])
                : new CounterOutcome(_active, HandoffChange.None, []);
        }

        public CounterOutcome Reply(CounterUpdate u)
        {
            if (_pending.Remove(u.ConversationId, out var pending))
            {
                for (var i = 0; i < pending.Count; i++)
                {
                    var (at, period) = (pending[i].At, pending[i].Period);
                    var p = Periods.GetValueOrDefault(period, PeriodCounts.Empty);
                    var waited = (long)(u.At - at).TotalMilliseconds;
                    Periods[period] = p with
                    {
                        RepliedInTime = p.RepliedInTime + (waited <= (long)u.ReplyTarget.TotalMilliseconds ? 1 : 0),
                        FirstReplies = p.FirstReplies + (i == 0 ? 1 : 0),
                        FirstReplyTotalMilliseconds = p.FirstReplyTotalMilliseconds + (i == 0 ? waited : 0),
                    };
                }
            }
            _streaks.Remove(u.ConversationId);
            _greeted.Remove(u.ConversationId);
            return EndIfUnder(u.Threshold);
        }

        public CounterOutcome Replace(IReadOnlyList<ConversationBacklog> backlog, int threshold)
        {
            foreach (var c in backlog)
            {
                if (c.Streak > 0) _streaks[c.ConversationId] = c.Streak;
                else _streaks.Remove(c.ConversationId);
                if (c.Pending.Count > 0) _pending[c.ConversationId] = [.. c.Pending];
                else _pending.Remove(c.ConversationId);
            }
            _greeted.IntersectWith(_streaks.Keys);
            if (!_active && Over(threshold))
            {
                _active = true;
                return new CounterOutcome(true, HandoffChange.Started, []);
            }
            return EndIfUnder(threshold);
        }

        private bool Over(int threshold) => _streaks.Count > threshold || _streaks.Values.Any(s => s > threshold);

        private CounterOutcome EndIfUnder(int threshold)
        {
            if (!_active || Over(threshold))
                return new CounterOutcome(_active, HandoffChange.None, []);
            _active = false;
            _greeted.Clear();
            return new CounterOutcome(false, HandoffChange.Ended, []);
        }
    }
}
