using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>S10: a mute or ban of a user within the tenant, from a confirmed flag; lifted by a moderator or expired.</summary>
public sealed record Sanction
{
    [JsonPropertyName("sanctionId")] public required string SanctionId { get; init; }
    [JsonPropertyName("tenant")] public required string Tenant { get; init; }
    [JsonPropertyName("userId")] public required string UserId { get; init; }
    [JsonPropertyName("role")] public required string Role { get; init; }
    /// <summary>The shop of the conversation the violation happened in; the sanction itself holds in every shop.</summary>
    [JsonPropertyName("shopId")] public required string ShopId { get; init; }
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    /// <summary>Null: permanent.</summary>
    [JsonPropertyName("until")] public DateTimeOffset? Until { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("label")] public required string Label { get; init; }
    [JsonPropertyName("flagId")] public required string FlagId { get; init; }
    [JsonPropertyName("createdAt")] public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("createdBy")] public required string CreatedBy { get; init; }
    [JsonPropertyName("liftedAt")] public DateTimeOffset? LiftedAt { get; init; }
    [JsonPropertyName("liftedBy")] public string? LiftedBy { get; init; }
    [JsonPropertyName("liftNote")] public string? LiftNote { get; init; }

    public bool IsActiveAt(DateTimeOffset now) => LiftedAt is null && (Until is null || Until > now);
}

public static class SanctionKinds
{
    public const string Mute = "mute";
    public const string Ban = "ban";
}
