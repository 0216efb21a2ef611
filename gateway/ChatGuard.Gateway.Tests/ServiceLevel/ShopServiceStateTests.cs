using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>The S1/S2 state machine alone: no store, the clock passed in with each input.</summary>
public sealed class ShopServiceStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    private static CounterUpdate Buyer(string conversation, DateTimeOffset at, string? period = "2026-11-2") =>
        new("t", "s", conversation, CounterEventKind.BuyerMessage, at, true, period, 2, TimeSpan.FromMinutes(5));

    private static CounterUpdate Reply(string conversation, DateTimeOffset at) =>
        new("t", "s", conversation, CounterEventKind.ShopReply, at, false, null, 2, TimeSpan.FromMinutes(5));

    private static ShopServiceState Run(ShopServiceState state, params CounterUpdate[] updates)
    {
        foreach (var u in updates) (state, _) = state.Record(u);
        return state;
    }

    [Fact]
    public void A_transition_leaves_the_state_it_started_from_unchanged()
    {
        var before = Run(ShopServiceState.Empty, Buyer("a", T0), Buyer("b", T0));
        var (after, outcome) = before.Record(Buyer("c", T0));
        Assert.Equal(HandoffChange.Started, outcome.Change);
        Assert.False(before.HandoffActive);
        Assert.Equal(2, before.Streaks.Count);
        Assert.True(after.HandoffActive);
        Assert.Equal(["a", "b", "c"], after.Greeted.Order());
    }

    [Fact]
    public void The_handoff_is_forgotten_two_days_after_the_last_counted_buyer_message()
    {
        var state = Run(ShopServiceState.Empty, Buyer("a", T0), Buyer("b", T0), Buyer("c", T0));
        Assert.True(state.IsHandoffActive(T0 + ShopServiceState.SessionIdle));
        Assert.False(state.IsHandoffActive(T0 + ShopServiceState.SessionIdle + TimeSpan.FromSeconds(1)));

        // An idle shop starts afresh: the next buyer is the first waiting one, not the fourth.
        var (later, outcome) = state.Record(Buyer("d", T0 + TimeSpan.FromDays(3)));
        Assert.Equal(CounterOutcome.Inactive, outcome);
        Assert.Equal(["d"], later.Streaks.Keys);
    }

    [Fact]
    public void A_waiting_message_older_than_its_lifetime_is_no_longer_credited_by_a_reply()
    {
        var state = Run(ShopServiceState.Empty, Buyer("a", T0), Reply("a", T0 + ShopServiceState.PendingLifetime + TimeSpan.FromHours(2)));
        Assert.Equal(new PeriodCounts(1, 0, 0, 0), state.Period("2026-11-2"));
        Assert.Empty(state.Pending);
    }

    [Fact]
    public void Period_figures_are_dropped_once_older_than_their_lifetime()
    {
        var state = Run(ShopServiceState.Empty, Buyer("a", T0, "2026-11-2"), Reply("a", T0));
        var yearLater = Run(state, Buyer("b", T0 + TimeSpan.FromDays(300), "2027-09-2"));
        Assert.Equal(1, yearLater.Period("2026-11-2").BuyerMessages);
        var past = Run(yearLater, Buyer("c", T0 + ShopServiceState.PeriodLifetime + TimeSpan.FromDays(20), "2028-01-1"));
        Assert.Equal(PeriodCounts.Empty, past.Period("2026-11-2"));
        Assert.Equal(1, past.Period("2027-09-2").BuyerMessages);
    }

    [Fact]
    public void A_rebuilt_period_replaces_the_live_figures_and_later_messages_add_to_it()
    {
        var state = ShopServiceState.Empty.WithPeriod("2026-11-2", new PeriodCounts(7, 5, 4, 1000));
        state = Run(state, Buyer("a", T0), Reply("a", T0 + TimeSpan.FromMinutes(1)));
        Assert.Equal(new PeriodCounts(8, 6, 5, 61_000), state.Period("2026-11-2"));
    }

    [Fact]
    public void A_buyer_left_waiting_keeps_only_the_messages_that_can_still_change_a_figure()
    {
        var state = ShopServiceState.Empty;
        for (var i = 0; i < 60; i++) (state, _) = state.Record(Buyer("a", T0.AddMinutes(i)));
        // The first (first-reply time) and those still within target + slack of the newest (in time if answered now).
        Assert.Equal([T0, .. Enumerable.Range(53, 7).Select(i => T0.AddMinutes(i))], state.Pending["a"].Select(p => p.At));

        (state, _) = state.Record(Reply("a", T0.AddMinutes(62)));
        // 60 assessed; in time: minutes 57–59 (waited 5:00, 4:00, 3:00); one first reply of 62 minutes.
        Assert.Equal(new PeriodCounts(60, 3, 1, 62 * 60_000), state.Period("2026-11-2"));
    }
}
