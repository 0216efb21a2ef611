using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Who is acting (S7): tenant, shop (agents and bots act for one shop), user id and role.</summary>
public sealed record ChatIdentity(string Tenant, string? ShopId, string UserId, string Role)
{
    /// <summary>SignalR user id: unique across tenants, so a user-targeted send never crosses tenants.</summary>
    public string UserKey => UserKeyOf(Tenant, UserId);

    public static string UserKeyOf(string tenant, string userId) => $"{tenant}/{userId}";

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
