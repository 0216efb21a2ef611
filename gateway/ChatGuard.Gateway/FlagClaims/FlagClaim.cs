using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>A moderator working on a flag, until <see cref="ExpiresAt"/> (renewed while they keep it open).</summary>
public sealed record FlagClaim(
    [property: JsonPropertyName("flagId")] string FlagId,
    [property: JsonPropertyName("moderatorId")] string ModeratorId,
    [property: JsonPropertyName("claimedAt")] DateTimeOffset ClaimedAt,
    [property: JsonPropertyName("expiresAt")] DateTimeOffset ExpiresAt);
