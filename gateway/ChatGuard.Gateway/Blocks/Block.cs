using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Blocks;

/// <summary>S6: a shop's block of a buyer, with the reason it was given; reviewable by moderators and liftable.</summary>
public sealed record Block
{
    [JsonPropertyName("blockId")] public required string BlockId { get; init; }
    [JsonPropertyName("tenant")] public required string Tenant { get; init; }
    [JsonPropertyName("shopId")] public required string ShopId { get; init; }
    [JsonPropertyName("buyerId")] public required string BuyerId { get; init; }
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("blockedBy")] public required string BlockedBy { get; init; }
    [JsonPropertyName("createdAt")] public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("liftedAt")] public DateTimeOffset? LiftedAt { get; init; }
    [JsonPropertyName("liftedBy")] public string? LiftedBy { get; init; }
    [JsonPropertyName("liftNote")] public string? LiftNote { get; init; }

    [JsonPropertyName("active")] public bool Active => LiftedAt is null;
}
