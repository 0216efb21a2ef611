namespace ChatGuard.Gateway.Blocks;

/// <summary>
/// The causes a shop may give for blocking (S6: never without cause) or reporting (S9) a buyer: bullying,
/// harassment, threats, obscenity, adverts, unreasonable refund or discount demands.
/// </summary>
public static class ComplaintReasons
{
    public const string Abuse = "abuse";
    public const string Harassment = "harassment";
    public const string Threat = "threat";
    public const string Obscene = "obscene";
    public const string Ads = "ads";
    public const string UnreasonableDemand = "unreasonable_demand";

    public static readonly IReadOnlyList<string> All = [Abuse, Harassment, Threat, Obscene, Ads, UnreasonableDemand];

    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason);
}
