using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatGuard.LoadTests.RawRelay;

/// <summary>Who a connection is, as the gateway's token would say (tenant, shop, user, role).</summary>
public sealed record RelayIdentity(
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("shopId")] string? ShopId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("role")] string Role)
{
    public static RelayIdentity Parse(string token)
    {
        var b64 = token.Replace('-', '+').Replace('_', '/');
        b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
        return JsonSerializer.Deserialize<RelayIdentity>(Encoding.UTF8.GetString(Convert.FromBase64String(b64)))
            ?? throw new InvalidOperationException("empty token");
    }

    public string UserGroup => $"user:{Tenant}:{UserId}";

    public string ShopGroup => $"shop:{Tenant}:{ShopId}";
}
