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

    /// <summary>
    /// Issue 18 item 11: each claim is one string of the documented shape. A claim given twice (a JSON array in the
    /// token) is refused rather than read one way here and another way by role-based authorization.
    /// </summary>
    public static bool TryFrom(ClaimsPrincipal? principal, [NotNullWhen(true)] out ChatIdentity? identity)
    {
        identity = null;
        if (principal?.Identity?.IsAuthenticated != true) return false;
        if (!TrySingle(principal, ChatClaims.Tenant, out var tenant) || !Identifiers.IsValid(tenant)) return false;
        if (!TrySingle(principal, ChatClaims.User, out var user) || !Identifiers.IsValid(user)) return false;
        if (!TrySingle(principal, ChatClaims.Role, out var role) || !Roles.IsKnown(role)) return false;
        if (!TrySingle(principal, ChatClaims.Shop, out var shop) || (shop is not null && !Identifiers.IsValid(shop))) return false;
        if (role is Roles.Agent or Roles.Bot && shop is null) return false;
        identity = new ChatIdentity(tenant!, shop, user!, role!);
        return true;
    }

    /// <summary>At most one claim of the type, and a string; <paramref name="value"/> is null when there is none.</summary>
    private static bool TrySingle(ClaimsPrincipal principal, string type, out string? value)
    {
        value = null;
        foreach (var claim in principal.FindAll(type))
        {
            if (value is not null || claim.ValueType != ClaimValueTypes.String) return false;
            value = claim.Value;
        }
        return true;
    }

    public static ChatIdentity From(ClaimsPrincipal? principal) =>
        TryFrom(principal, out var identity) ? identity : throw new UnauthorizedAccessException("the token does not name a tenant, user and role");
}
