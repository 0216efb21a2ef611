namespace ChatGuard.Gateway.Flags;

/// <summary>Where a flag's review stands, and the decisions that move it.</summary>
public static class FlagStatuses
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    public const string Confirm = "confirm";
    public const string Dismiss = "dismiss";

    public static bool IsKnown(string? status) => status is Pending or Confirmed or Dismissed;

    /// <summary>The status a decision leads to, or null for an unknown decision.</summary>
    public static string? After(string? decision) => decision switch
    {
        Confirm => Confirmed,
        Dismiss => Dismissed,
        _ => null,
    };
}
