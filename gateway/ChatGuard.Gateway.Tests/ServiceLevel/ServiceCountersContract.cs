using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>What <see cref="ServiceCounters"/> must do over every <see cref="IShopStateStore"/>; run against the in-process and the Redis store.</summary>
public abstract class ServiceCountersContract
{
    protected abstract ServiceCounters Counters { get; }

    protected static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(5);
    private readonly string _tenant = ScriptedGatewayFixture.Unique("t");
    private const string Shop = "shop1";

    private Task<CounterOutcome> Buyer(string conversation, DateTimeOffset? at = null, bool s1 = true, string? period = "2026-11-2") =>
        Counters.RecordAsync(new CounterUpdate(_tenant, Shop, conversation, CounterEventKind.BuyerMessage, at ?? T0, s1, period, 10, Target), default);

    private Task<CounterOutcome> Reply(string conversation, DateTimeOffset? at = null) =>
        Counters.RecordAsync(new CounterUpdate(_tenant, Shop, conversation, CounterEventKind.ShopReply, at ?? T0, false, null, 10, Target), default);

    [Fact]
    public async Task Ten_unanswered_in_a_row_do_not_hand_off_the_eleventh_does()
    {
        for (var i = 0; i < 10; i++) Assert.Equal(CounterOutcome.Inactive, await Buyer("c1"));
        var eleventh = await Buyer("c1");
        Assert.True(eleventh.HandoffActive);
        Assert.Equal(HandoffChange.Started, eleventh.Change);
        Assert.Equal(["c1"], eleventh.Greet);
        var twelfth = await Buyer("c1");
        Assert.Equal(new CounterOutcome(true, HandoffChange.None, []), twelfth with { Greet = [] });
        Assert.Empty(twelfth.Greet); // greeted once per handoff
    }

    [Fact]
    public async Task Ten_waiting_buyers_do_not_hand_off_the_eleventh_does_and_all_are_greeted()
    {
        for (var i = 0; i < 10; i++) Assert.False((await Buyer($"c{i}")).HandoffActive);
        var eleventh = await Buyer("c10");
        Assert.Equal(HandoffChange.Started, eleventh.Change);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"c{i}").Order(), eleventh.Greet.Order());
        var newcomer = await Buyer("c11");
        Assert.Equal(["c11"], newcomer.Greet);
    }

    [Fact]
    public async Task A_reply_resets_its_conversation_and_the_handoff_ends_once_the_shop_is_back_under_the_threshold()
    {
        for (var i = 0; i < 11; i++) await Buyer($"c{i}");
        await Buyer("c0"); // c0 has 2
        Assert.Equal(new CounterOutcome(true, HandoffChange.None, []), await Reply("c20")); // nothing waiting there: still 11
        Assert.Equal(new CounterOutcome(false, HandoffChange.Ended, []), await Reply("c5")); // 10 waiting, none over 10 in a row
    }

    [Fact]
    public async Task The_handoff_starts_again_when_the_shop_goes_over_again()
    {
        for (var i = 0; i < 11; i++) await Buyer($"c{i}");
        Assert.Equal(HandoffChange.Ended, (await Reply("c5")).Change);
        var again = await Buyer("c5");
        Assert.Equal(HandoffChange.Started, again.Change);
    }

    [Fact]
    public async Task A_streak_handoff_lasts_until_that_conversation_is_answered()
    {
        for (var i = 0; i < 11; i++) await Buyer("c1");
        await Buyer("c2");
        Assert.Equal(new CounterOutcome(true, HandoffChange.None, []), await Reply("c2"));
        Assert.Equal(new CounterOutcome(false, HandoffChange.Ended, []), await Reply("c1"));
        Assert.Equal(CounterOutcome.Inactive, await Buyer("c1"));
    }

    [Fact]
    public async Task The_handoff_state_is_readable_while_it_lasts()
    {
        Assert.False(await Counters.IsHandoffActiveAsync(_tenant, Shop, T0, default));
        for (var i = 0; i < 11; i++) await Buyer($"c{i}");
        Assert.True(await Counters.IsHandoffActiveAsync(_tenant, Shop, T0, default));
        Assert.False(await Counters.IsHandoffActiveAsync(_tenant, "other-shop", T0, default));
        await Reply("c3");
        Assert.False(await Counters.IsHandoffActiveAsync(_tenant, Shop, T0, default));
    }

    [Fact]
    public async Task Messages_outside_working_hours_never_count_toward_the_handoff()
    {
        for (var i = 0; i < 30; i++) Assert.Equal(CounterOutcome.Inactive, await Buyer($"c{i % 15}", s1: false));
    }

    [Fact]
    public async Task Replies_within_five_minutes_count_in_time_and_the_first_reply_time_is_kept()
    {
        await Buyer("a", T0);
        await Reply("a", T0 + TimeSpan.FromSeconds(299)); // 4:59
        await Buyer("b", T0);
        await Reply("b", T0 + TimeSpan.FromSeconds(301)); // 5:01
        await Buyer("c", T0);
        await Reply("c", T0 + Target); // exactly 5:00 is in time
        await Buyer("d", T0);
        await Buyer("d", T0 + TimeSpan.FromMinutes(2), period: null); // outside assessment hours: not counted, not pending
        await Buyer("d", T0 + TimeSpan.FromMinutes(4));
        await Reply("d", T0 + TimeSpan.FromMinutes(6)); // first waited 6:00 (late), second 2:00 (in time); one first reply of 6:00
        await Reply("d", T0 + TimeSpan.FromMinutes(7)); // nothing left to answer
        await Buyer("e", T0); // unanswered

        var counts = await Counters.ReadPeriodAsync(_tenant, Shop, "2026-11-2", default);
        Assert.Equal(new PeriodCounts(6, 3, 4, (299 + 301 + 300 + 360) * 1000L), counts);
    }

    [Fact]
    public async Task A_reply_credits_each_waiting_message_to_the_period_it_was_sent_in()
    {
        await Buyer("a", T0, period: "2026-11-1");
        await Buyer("a", T0 + TimeSpan.FromMinutes(1), period: "2026-11-2");
        await Reply("a", T0 + TimeSpan.FromMinutes(3));
        Assert.Equal(new PeriodCounts(1, 1, 1, 180_000), await Counters.ReadPeriodAsync(_tenant, Shop, "2026-11-1", default));
        Assert.Equal(new PeriodCounts(1, 1, 0, 0), await Counters.ReadPeriodAsync(_tenant, Shop, "2026-11-2", default));
    }

    [Fact]
    public async Task Periods_read_empty_until_written_and_a_write_replaces_them()
    {
        Assert.Equal(PeriodCounts.Empty, await Counters.ReadPeriodAsync(_tenant, Shop, "2026-10-1", default));
        await Buyer("a", period: "2026-10-1");
        var rebuilt = new PeriodCounts(7, 5, 4, 12_345);
        await Counters.WritePeriodAsync(_tenant, Shop, "2026-10-1", rebuilt, default);
        Assert.Equal(rebuilt, await Counters.ReadPeriodAsync(_tenant, Shop, "2026-10-1", default));
    }

    [Fact]
    public async Task A_replaced_backlog_starts_and_ends_the_handoff_and_restores_waiting_messages()
    {
        var over = await Counters.ReplaceBacklogAsync(_tenant, Shop,
            [new ConversationBacklog("a", 11, [new PendingBuyerMessage(T0, "2026-11-2")]), new ConversationBacklog("b", 0, [])], 10, T0, default);
        Assert.Equal(new CounterOutcome(true, HandoffChange.Started, []), over);
        Assert.Equal(new CounterOutcome(true, HandoffChange.None, []), await Counters.ReplaceBacklogAsync(_tenant, Shop, [new ConversationBacklog("b", 3, [])], 10, T0, default));
        Assert.Equal(new CounterOutcome(false, HandoffChange.Ended, []), await Counters.ReplaceBacklogAsync(_tenant, Shop, [new ConversationBacklog("a", 2, [new PendingBuyerMessage(T0, "2026-11-2")])], 10, T0, default));
        await Reply("a", T0 + TimeSpan.FromMinutes(1));
        Assert.Equal(new PeriodCounts(0, 1, 1, 60_000), await Counters.ReadPeriodAsync(_tenant, Shop, "2026-11-2", default));
    }

    [Fact]
    public async Task Concurrent_buyers_lose_no_increment_and_start_the_handoff_exactly_once()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(async b =>
        {
            var mine = new List<CounterOutcome>();
            for (var i = 0; i < 25; i++) mine.Add(await Buyer($"buyer{b}"));
            return mine;
        }));
        var all = outcomes.SelectMany(o => o).ToList();
        Assert.Equal(1, all.Count(o => o.Change == HandoffChange.Started));
        // Every buyer is greeted exactly once: at the start, or on its first message after it.
        var greeted = all.SelectMany(o => o.Greet).ToList();
        Assert.Equal(40, greeted.Count);
        Assert.Equal(40, greeted.Distinct().Count());
        Assert.Equal(1000, (await Counters.ReadPeriodAsync(_tenant, Shop, "2026-11-2", default)).BuyerMessages);
    }
}
