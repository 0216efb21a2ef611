using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S2: an assessment period, the 1st–15th (half 1) or the 16th–month end (half 2) of a month in the profile's local
/// time; written <c>YYYY-MM-1</c> / <c>YYYY-MM-2</c>.
/// </summary>
public sealed partial record AssessmentPeriod(int Year, int Month, int Half)
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-([12])$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Half}");

    /// <summary>S4: satisfaction is assessed per calendar month.</summary>
    public string MonthKey => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static bool TryParse(string? text, out AssessmentPeriod period)
    {
        period = null!;
        var match = text is null ? null : Shape().Match(text);
        if (match is not { Success: true }) return false;
        var (year, month) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        if (year < 2000 || year > 2999 || month < 1 || month > 12) return false;
        period = new AssessmentPeriod(year, month, match.Groups[3].Value == "1" ? 1 : 2);
        return true;
    }

    public static AssessmentPeriod Containing(DateTime local) => new(local.Year, local.Month, local.Day <= 15 ? 1 : 2);

    /// <summary>First local instant of the period.</summary>
    public DateTime LocalStart => new(Year, Month, Half == 1 ? 1 : 16, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>First local instant after the period.</summary>
    public DateTime LocalEnd => Half == 1 ? new DateTime(Year, Month, 16, 0, 0, 0, DateTimeKind.Unspecified) : LocalStart.AddDays(1 - 16).AddMonths(1);

    public DateTimeOffset Start(TimeZoneInfo zone) => ToInstant(LocalStart, zone);

    public DateTimeOffset End(TimeZoneInfo zone) => ToInstant(LocalEnd, zone);

    public DateTimeOffset MonthStart(TimeZoneInfo zone) => ToInstant(new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified), zone);

    public DateTimeOffset MonthEnd(TimeZoneInfo zone) => ToInstant(new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1), zone);

    public AssessmentPeriod Next => Half == 1 ? this with { Half = 2 } : Containing(LocalEnd);

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone), TimeSpan.Zero);
}
