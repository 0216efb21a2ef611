using System.Collections.Immutable;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// One shop's S1 and S2 counters as a value, and the rules that change them, written once: each change is a pure
/// function of this state and one input, the clock coming in with the input. The in-process store applies it under a
/// lock; the Redis store applies it to the state it read and writes the result back by compare-and-set, so both
/// stores give the same figures by construction.
/// <para>
/// Forgetting replaces the expiries Redis keys used to carry: S1 state goes two days after the last counted buyer
/// message (an idle shop starts afresh), a waiting buyer message after eight days (past any reply window), period
/// figures after 400 days (a year of look-back).
/// </para>
/// </summary>
public sealed record ShopServiceState
{
    public static readonly ShopServiceState Empty = new();

    public static readonly TimeSpan SessionIdle = TimeSpan.FromDays(2);

    public static readonly TimeSpan PendingLifetime = TimeSpan.FromDays(8);

    public static readonly TimeSpan PeriodLifetime = TimeSpan.FromDays(400);

    /// <summary>
    /// How far a reply's clock may trail the buyer message before it on another node and still be judged right: see
    /// <see cref="Buyer"/>, which drops waiting messages that are later than the reply target by more than this.
    /// </summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(1);

    /// <summary>Waiting messages and old periods are swept at most this often (a sweep walks every conversation).</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    /// <summary>S1: the bot holds the shop's reception.</summary>
    public bool HandoffActive { get; init; }

    /// <summary>S1: per conversation, the buyer messages in working hours since the shop last answered there.</summary>
    public ImmutableDictionary<string, int> Streaks { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>S1: the conversations the bot answered in this handoff (each once).</summary>
    public ImmutableHashSet<string> Greeted { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>S1: when a buyer message last counted toward the handoff.</summary>
    public DateTimeOffset LastCountedAt { get; init; }

    /// <summary>S2: per conversation, the assessed buyer messages waiting for the shop's reply, oldest first.</summary>
    public ImmutableDictionary<string, ImmutableList<PendingBuyerMessage>> Pending { get; init; } =
        ImmutableDictionary<string, ImmutableList<PendingBuyerMessage>>.Empty;

    /// <summary>S2: figures per assessment period key.</summary>
    public ImmutableDictionary<string, PeriodCounts> Periods { get; init; } = ImmutableDictionary<string, PeriodCounts>.Empty;

    public DateTimeOffset SweptAt { get; init; }

    public bool IsHandoffActive(DateTimeOffset now) => HandoffActive && !IsIdle(now);

    public PeriodCounts Period(string key) => Periods.GetValueOrDefault(key, PeriodCounts.Empty);

    /// <summary>Replaces a period's figures with ones rebuilt from the stored messages.</summary>
    public ShopServiceState WithPeriod(string key, PeriodCounts counts) => this with { Periods = Periods.SetItem(key, counts) };

    public (ShopServiceState State, CounterOutcome Outcome) Record(CounterUpdate update) =>
        update.Kind == CounterEventKind.BuyerMessage ? Forget(update.At).Buyer(update) : Forget(update.At).Reply(update);

    /// <summary>
    /// Replaces the live state of the listed conversations with what was rebuilt from the stored messages; other
    /// conversations keep theirs. Greets nobody: catching up must not spam buyers.
    /// </summary>
    public (ShopServiceState State, CounterOutcome Outcome) ReplaceBacklog(IReadOnlyList<ConversationBacklog> backlog, int threshold, DateTimeOffset now)
    {
        var s = Forget(now);
        var (streaks, pending) = (s.Streaks, s.Pending);
        foreach (var c in backlog)
        {
            streaks = c.Streak > 0 ? streaks.SetItem(c.ConversationId, c.Streak) : streaks.Remove(c.ConversationId);
            pending = c.Pending.Count > 0 ? pending.SetItem(c.ConversationId, [.. c.Pending]) : pending.Remove(c.ConversationId);
        }
        s = s with { Streaks = streaks, Pending = pending, Greeted = s.Greeted.Intersect(streaks.Keys), LastCountedAt = now };
        if (!s.HandoffActive && s.Over(threshold))
            return (s with { HandoffActive = true }, new CounterOutcome(true, HandoffChange.Started, []));
        return s.EndIfUnder(threshold);
    }

    private (ShopServiceState, CounterOutcome) Buyer(CounterUpdate u)
    {
        var s = this;
        if (u.AssessedPeriod is { } period)
        {
            var counts = s.Period(period);
            var waiting = WithoutLate(s.Pending.GetValueOrDefault(u.ConversationId, ImmutableList<PendingBuyerMessage>.Empty), u);
            s = s with
            {
                Periods = s.Periods.SetItem(period, counts with { BuyerMessages = counts.BuyerMessages + 1 }),
                Pending = s.Pending.SetItem(u.ConversationId, waiting.Add(new PendingBuyerMessage(u.At, period))),
            };
        }
        if (!u.CountsForHandoff) return (s, new CounterOutcome(s.HandoffActive, HandoffChange.None, []));
        var streak = s.Streaks.GetValueOrDefault(u.ConversationId) + 1;
        s = s with { Streaks = s.Streaks.SetItem(u.ConversationId, streak), LastCountedAt = u.At };
        // S1: more than the threshold in a row to one buyer, or more than the threshold buyers waiting.
        if (!s.HandoffActive && (streak > u.Threshold || s.Streaks.Count > u.Threshold))
        {
            var greet = s.Streaks.Keys.ToList();
            return (s with { HandoffActive = true, Greeted = s.Greeted.Union(greet) }, new CounterOutcome(true, HandoffChange.Started, greet));
        }
        if (s.HandoffActive && !s.Greeted.Contains(u.ConversationId))
            return (s with { Greeted = s.Greeted.Add(u.ConversationId) }, new CounterOutcome(true, HandoffChange.None, [u.ConversationId]));
        return (s, new CounterOutcome(s.HandoffActive, HandoffChange.None, []));
    }

    /// <summary>
    /// S2: a waiting message already past the reply target can no longer count as answered in time, and only the first
    /// of a run gives the first-reply time; the others add nothing more to any figure, so they are not kept (the state
    /// is rewritten on every message: a buyer left waiting must not make it grow without bound).
    /// </summary>
    private static ImmutableList<PendingBuyerMessage> WithoutLate(ImmutableList<PendingBuyerMessage> waiting, CounterUpdate u)
    {
        var late = u.At - u.ReplyTarget - ClockSlack;
        if (waiting.Count < 2 || waiting[1].At >= late) return waiting;
        return [waiting[0], .. waiting.Skip(1).Where(p => p.At >= late)];
    }

    /// <summary>A shop reply answers everything waiting in its conversation (S2: the first waiting one gives the first-reply time).</summary>
    private (ShopServiceState, CounterOutcome) Reply(CounterUpdate u)
    {
        var periods = Periods;
        var waiting = Pending.GetValueOrDefault(u.ConversationId, ImmutableList<PendingBuyerMessage>.Empty);
        for (var i = 0; i < waiting.Count; i++)
        {
            var (at, period) = (waiting[i].At, waiting[i].Period);
            var p = periods.GetValueOrDefault(period, PeriodCounts.Empty);
            var waited = (long)(u.At - at).TotalMilliseconds;
            periods = periods.SetItem(period, p with
            {
                // S2: inclusive, exactly the target is in time.
                RepliedInTime = p.RepliedInTime + (waited <= (long)u.ReplyTarget.TotalMilliseconds ? 1 : 0),
                FirstReplies = p.FirstReplies + (i == 0 ? 1 : 0),
                FirstReplyTotalMilliseconds = p.FirstReplyTotalMilliseconds + (i == 0 ? waited : 0),
            });
        }
        var s = this with
        {
            Periods = periods,
            Pending = Pending.Remove(u.ConversationId),
            Streaks = Streaks.Remove(u.ConversationId),
            Greeted = Greeted.Remove(u.ConversationId),
        };
        return s.EndIfUnder(u.Threshold);
    }

    private bool IsIdle(DateTimeOffset now) => now - LastCountedAt > SessionIdle;

    private bool Over(int threshold) => Streaks.Count > threshold || Streaks.Values.Any(s => s > threshold);

    private (ShopServiceState, CounterOutcome) EndIfUnder(int threshold)
    {
        if (!HandoffActive || Over(threshold)) return (this, new CounterOutcome(HandoffActive, HandoffChange.None, []));
        return (this with { HandoffActive = false, Greeted = [] }, new CounterOutcome(false, HandoffChange.Ended, []));
    }

    /// <summary>What has outlived its use by <paramref name="now"/> (see the type's remarks).</summary>
    private ShopServiceState Forget(DateTimeOffset now)
    {
        var s = this;
        if (s.LastCountedAt != default && s.IsIdle(now))
            s = s with { HandoffActive = false, Streaks = s.Streaks.Clear(), Greeted = [], LastCountedAt = default };
        if (now - s.SweptAt < SweepInterval) return s;
        var oldestWaiting = now - PendingLifetime;
        var pending = s.Pending;
        foreach (var (conversation, waiting) in s.Pending)
        {
            var kept = waiting.RemoveAll(p => p.At < oldestWaiting);
            if (kept.Count != waiting.Count) pending = kept.IsEmpty ? pending.Remove(conversation) : pending.SetItem(conversation, kept);
        }
        var oldestPeriod = (now - PeriodLifetime).UtcDateTime;
        var periods = s.Periods.RemoveRange(s.Periods.Keys.Where(k => AssessmentPeriod.TryParse(k, out var p) && p.LocalEnd < oldestPeriod));
        return s with { Pending = pending, Periods = periods, SweptAt = now };
    }
}
