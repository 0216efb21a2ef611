namespace ChatGuard.Gateway.Backplane;

/// <summary>SignalR group names; tenant first, so no group ever spans two tenants.</summary>
public static class HubGroups
{
    /// <summary>Every agent (and the bot) of a shop: they receive all of the shop's conversations.</summary>
    public static string ShopStaff(string tenant, string shopId) => $"shop:{tenant}:{shopId}";

    /// <summary>The moderators of a tenant: they receive its flags.</summary>
    public static string Moderators(string tenant) => $"moderators:{tenant}";
}
