namespace ChatGuard.Gateway.Accounts;

/// <summary>S7: who may use a shop's desk tools — its own agents; moderators of the tenant may look.</summary>
public static class ShopAccess
{
    /// <summary>The shop's own agents (not its bot, not another shop's agents).</summary>
    public static bool IsAgentOf(ChatIdentity who, string shopId) =>
        Identifiers.IsValid(shopId) && who.Role == Roles.Agent && who.ShopId == shopId;

    public static bool CanRead(ChatIdentity who, string shopId) =>
        IsAgentOf(who, shopId) || (Identifiers.IsValid(shopId) && who.Role == Roles.Moderator);
}
