using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Who is acting (S7): tenant, shop (agents and bots act for one shop), user id and role.</summary>
public sealed record ChatIdentity(string Tenant, string? ShopId, string UserId, string Role)
{
    /// <summary>
    /// SignalR user id and the key of per-user limits: the whole identity, so neither another tenant's namesake nor
    /// the same user id in another role or shop shares a buyer's deliveries or budgets (issue 18, item 3).
    /// </summary>
    public string UserKey => UserKeyOf(Tenant, Role, ShopId, UserId);

    /// <summary>Staff act for one shop, so the shop is part of who they are; buyers and moderators are tenant-wide.
    /// Ids cannot contain '/', so keys of different identities never collide.</summary>
    public static string UserKeyOf(string tenant, string role, string? shopId, string userId) =>
        role is Roles.Agent or Roles.Bot ? $"{tenant}/{role}/{shopId}/{userId}" : $"{tenant}/{role}/{userId}";

    public static string BuyerKeyOf(string tenant, string buyerId) => UserKeyOf(tenant, Roles.Buyer, null, buyerId);

    public bool IsShopStaff => Role is Roles.Agent or Roles.Bot;

    public static bool TryFrom(ClaimsPrincipal? principal, [NotNullWhen(true)] out ChatIdentity? identity)
    {
        identity = null;
        if (principal?.Identity?.IsAuthenticated != true) return false;
        var tenant = principal.FindFirstValue(ChatClaims.Tenant);
        var user = principal.FindFirstValue(ChatClaims.User) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ChatClaims.Role) ?? principal.FindFirstValue(ClaimTypes.Role);
        var shop = principal.FindFirstValue(ChatClaims.Shop);
        if (string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(user) || !Roles.IsKnown(role)) return false;
        if (role is Roles.Agent or Roles.Bot && string.IsNullOrEmpty(shop)) return false;
        identity = new ChatIdentity(tenant, string.IsNullOrEmpty(shop) ? null : shop, user, role!);
        return true;
    }

    public static ChatIdentity From(ClaimsPrincipal? principal) =>
        TryFrom(principal, out var identity) ? identity : throw new UnauthorizedAccessException("the token does not name a tenant, user and role");
}
