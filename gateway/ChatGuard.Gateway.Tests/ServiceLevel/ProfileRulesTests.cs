using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

public sealed class ProfileRulesTests
{
    private static readonly ProfileRules Shanghai = new("feige", new ServiceRuleOptions());

    /// <summary>A local time in Shanghai (UTC+8, no daylight saving) as an instant.</summary>
    private static DateTimeOffset At(int day, int hour, int minute, int second) => new(2026, 11, day, hour, minute, second, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(7, 59, 59, false)]
    [InlineData(8, 0, 0, true)]
    [InlineData(22, 59, 59, true)]
    [InlineData(23, 0, 0, false)]
    [InlineData(0, 0, 0, false)]
    public void Working_hours_start_inclusive_and_end_exclusive(int hour, int minute, int second, bool counts)
    {
        Assert.Equal(counts, Shanghai.CountsForHandoff(At(20, hour, minute, second)));
        Assert.Equal(counts, Shanghai.AssessedPeriod(At(20, hour, minute, second)) is not null);
    }

    [Fact]
    public void Hours_are_read_in_the_profile_time_zone_not_utc()
    {
        // 23:59:59 UTC is 07:59:59 in Shanghai; one second later it is 08:00:00 there.
        Assert.False(Shanghai.CountsForHandoff(new DateTimeOffset(2026, 11, 19, 23, 59, 59, TimeSpan.Zero)));
        Assert.True(Shanghai.CountsForHandoff(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)));
        var newYork = new ProfileRules("x", new ServiceRuleOptions { TimeZone = "America/New_York" });
        // 13:00 UTC on a November day is 08:00 in New York (UTC-5) and 21:00 in Shanghai.
        Assert.True(newYork.CountsForHandoff(new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero)));
        Assert.False(newYork.CountsForHandoff(new DateTimeOffset(2026, 11, 20, 12, 59, 59, TimeSpan.Zero)));
        // In July (daylight saving, UTC-4) 08:00 is 12:00 UTC.
        Assert.True(newYork.CountsForHandoff(new DateTimeOffset(2026, 7, 20, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Midnight_end_and_windows_across_midnight()
    {
        var kuaishou = new ProfileRules("kuaishou-import", new ServiceRuleOptions { AssessmentHours = "08:00-24:00" });
        Assert.NotNull(kuaishou.AssessedPeriod(At(20, 23, 59, 59)));
        Assert.Null(kuaishou.AssessedPeriod(At(21, 0, 0, 0)));
        var night = HourWindow.Parse("22:00-06:00");
        Assert.True(night.Contains(TimeSpan.FromHours(23)));
        Assert.True(night.Contains(TimeSpan.FromHours(5.99)));
        Assert.False(night.Contains(TimeSpan.FromHours(6)));
        Assert.Throws<FormatException>(() => HourWindow.Parse("8-23"));
        Assert.Throws<FormatException>(() => HourWindow.Parse("08:00-25:00"));
    }

    [Fact]
    public void A_threshold_of_zero_turns_the_handoff_off()
    {
        var off = new ProfileRules("x", new ServiceRuleOptions { UnansweredThreshold = 0 });
        Assert.False(off.CountsForHandoff(At(20, 12, 0, 0)));
    }

    [Fact]
    public void Only_delivered_buyer_and_agent_messages_count_and_the_bot_never_does()
    {
        var at = At(20, 12, 0, 0);
        var buyer = MessageCounting.UpdateFor("t", "s", "c", "buyer", delivered: true, at, Shanghai)!;
        Assert.Equal(CounterEventKind.BuyerMessage, buyer.Kind);
        Assert.Equal("2026-11-2", buyer.AssessedPeriod);
        Assert.True(buyer.CountsForHandoff);
        Assert.Equal(CounterEventKind.ShopReply, MessageCounting.UpdateFor("t", "s", "c", "agent", delivered: true, at, Shanghai)!.Kind);
        Assert.Null(MessageCounting.UpdateFor("t", "s", "c", "bot", delivered: true, at, Shanghai));
        // Blocked or held: never reached the other side.
        Assert.Null(MessageCounting.UpdateFor("t", "s", "c", "buyer", delivered: false, at, Shanghai));
        Assert.Null(MessageCounting.UpdateFor("t", "s", "c", "agent", delivered: false, at, Shanghai));
    }
}
