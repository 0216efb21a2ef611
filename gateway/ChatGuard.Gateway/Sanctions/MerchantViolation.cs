using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>S11: a confirmed violation of a shop's agent, with its type and points.</summary>
public sealed record MerchantViolation(
    [property: JsonPropertyName("violationId")] string ViolationId,
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("shopId")] string ShopId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("points")] int Points,
    [property: JsonPropertyName("flagId")] string FlagId,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("decidedBy")] string DecidedBy);
