using ChatGuard.Gateway.Spam;

namespace ChatGuard.Gateway.Tests.Spam;

public class RecentActivityTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static List<string> Ids(RecentActivity<int> a) => [.. a.Matching(_ => true).Select(m => m.MessageId)];

    [Fact]
    public void Keeps_the_newest_up_to_its_capacity_oldest_first_across_growth_and_wrap_around()
    {
        var activity = new RecentActivity<int>(10);
        for (var i = 0; i < 25; i++) activity.Add(T0.AddSeconds(i), $"m{i}", "c", i, false);

        Assert.Equal(Enumerable.Range(15, 10).Select(i => $"m{i}"), Ids(activity));
        Assert.Equal(T0.AddSeconds(24), activity.Newest);
        Assert.Equal(["m16", "m18"], activity.Matching(i => i is 16 or 18).Select(m => m.MessageId));
    }

    [Fact]
    public void Pruning_drops_what_is_older_than_the_window_and_the_ring_keeps_working_after_it()
    {
        var activity = new RecentActivity<int>(8);
        for (var i = 0; i < 12; i++) activity.Add(T0.AddSeconds(i), $"m{i}", "c", i, false);
        activity.Prune(T0.AddSeconds(9));
        Assert.Equal(["m9", "m10", "m11"], Ids(activity));

        for (var i = 12; i < 20; i++) activity.Add(T0.AddSeconds(i), $"m{i}", "c", i, false);
        Assert.Equal(Enumerable.Range(12, 8).Select(i => $"m{i}"), Ids(activity));

        activity.Prune(T0.AddSeconds(100));
        Assert.Empty(Ids(activity));
        Assert.Equal(DateTimeOffset.MinValue, activity.Newest);
    }

    [Fact]
    public void Marked_entries_report_flagged_and_the_others_do_not()
    {
        var activity = new RecentActivity<int>(50);
        for (var i = 0; i < 6; i++) activity.Add(T0.AddSeconds(i), $"m{i}", $"c{i % 2}", i, i == 0);
        activity.MarkFlagged(["m2", "m5"]);

        var all = activity.Matching(_ => true);
        Assert.Equal(["m0", "m2", "m5"], all.Where(m => m.Flagged).Select(m => m.MessageId));
        Assert.Equal(["c0", "c1", "c0", "c1", "c0", "c1"], all.Select(m => m.ConversationId));
    }
}
