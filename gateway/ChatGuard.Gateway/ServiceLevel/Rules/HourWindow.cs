using System.Globalization;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// A daily window "HH:mm-HH:mm" of local time, start inclusive, end exclusive ("08:00-23:00" holds 22:59:59 and not
/// 23:00:00; "24:00" is midnight). A start after the end wraps past midnight.
/// </summary>
public sealed record HourWindow(TimeSpan Start, TimeSpan End)
{
    public static HourWindow Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2) throw new FormatException($"hours '{text}' are not 'HH:mm-HH:mm'");
        return new HourWindow(ParseTime(parts[0], text), ParseTime(parts[1], text));
    }

    public bool Contains(TimeSpan timeOfDay) =>
        Start <= End ? timeOfDay >= Start && timeOfDay < End : timeOfDay >= Start || timeOfDay < End;

    private static TimeSpan ParseTime(string part, string text)
    {
        if (part == "24:00") return TimeSpan.FromDays(1);
        if (TimeSpan.TryParseExact(part, @"hh\:mm", CultureInfo.InvariantCulture, out var t) && t < TimeSpan.FromDays(1)) return t;
        throw new FormatException($"hours '{text}': '{part}' is not HH:mm");
    }
}
