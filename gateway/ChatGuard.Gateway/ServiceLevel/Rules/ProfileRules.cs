namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>A profile's <see cref="ServiceRuleOptions"/>, parsed once: time zone and windows ready to test instants against.</summary>
public sealed class ProfileRules
{
    public ProfileRules(string profile, ServiceRuleOptions options)
    {
        Profile = profile;
        Options = options;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        WorkingHours = HourWindow.Parse(options.WorkingHours);
        AssessmentHours = HourWindow.Parse(options.AssessmentHours);
    }

    public string Profile { get; }

    public ServiceRuleOptions Options { get; }

    public TimeZoneInfo TimeZone { get; }

    public HourWindow WorkingHours { get; }

    public HourWindow AssessmentHours { get; }

    public TimeSpan ReplyTarget => TimeSpan.FromMinutes(Options.ReplyTargetMinutes);

    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>S1: only working hours count toward the handoff.</summary>
    public bool CountsForHandoff(DateTimeOffset instant) =>
        Options.UnansweredThreshold > 0 && WorkingHours.Contains(LocalTime(instant).TimeOfDay);

    /// <summary>S2: the period a buyer message is assessed in, or null outside the assessment hours.</summary>
    public AssessmentPeriod? AssessedPeriod(DateTimeOffset instant)
    {
        var local = LocalTime(instant);
        return AssessmentHours.Contains(local.TimeOfDay) ? AssessmentPeriod.Containing(local) : null;
    }
}
