using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Who the server takes the caller to be; pages show it, and a client awaiting it knows its groups are joined.</summary>
public sealed record WhoAmIResult(
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("shopId")] string? ShopId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("role")] string Role)
{
    public static WhoAmIResult From(ChatIdentity who) => new(who.Tenant, who.ShopId, who.UserId, who.Role);
}
