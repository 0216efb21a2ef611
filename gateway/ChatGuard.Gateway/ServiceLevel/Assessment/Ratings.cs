namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S4: the three answers a buyer can give (Kuaishou-import 004 §3.1.2).</summary>
public static class Ratings
{
    public const string Satisfied = "satisfied";
    public const string Neutral = "neutral";
    public const string Disappointed = "disappointed";

    public static bool IsKnown(string? rating) => rating is Satisfied or Neutral or Disappointed;
}
