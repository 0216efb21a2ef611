using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

public sealed class AssessmentPeriodTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("2026-11-1", true)]
    [InlineData("2026-02-2", true)]
    [InlineData("2026-11-3", false)]
    [InlineData("2026-13-1", false)]
    [InlineData("2026-1-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Parses_only_year_month_half(string? text, bool valid) => Assert.Equal(valid, AssessmentPeriod.TryParse(text, out _));

    [Fact]
    public void The_15th_ends_the_first_half_and_the_month_end_the_second()
    {
        Assert.Equal("2026-11-1", AssessmentPeriod.Containing(new DateTime(2026, 11, 15, 23, 59, 59)).Key);
        Assert.Equal("2026-11-2", AssessmentPeriod.Containing(new DateTime(2026, 11, 16, 0, 0, 0)).Key);
        Assert.True(AssessmentPeriod.TryParse("2026-02-2", out var february));
        Assert.Equal(new DateTime(2026, 3, 1), february.LocalEnd);
        Assert.Equal("2026-03-1", february.Next.Key);
        Assert.True(AssessmentPeriod.TryParse("2026-12-2", out var december));
        Assert.Equal("2027-01-1", december.Next.Key);
    }

    [Fact]
    public void Bounds_are_local_midnights_of_the_profile_time_zone()
    {
        Assert.True(AssessmentPeriod.TryParse("2026-11-1", out var p));
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), p.Start(Shanghai));
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 16, 0, 0, TimeSpan.Zero), p.End(Shanghai));
        Assert.Equal("2026-11", p.MonthKey);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), p.MonthEnd(Shanghai));
    }
}
