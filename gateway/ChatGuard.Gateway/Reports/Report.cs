using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Reports;

/// <summary>S9: an agent's report of a buyer's messages; a moderator's confirm of its flag verifies it.</summary>
public sealed record Report
{
    [JsonPropertyName("reportId")] public required string ReportId { get; init; }
    [JsonPropertyName("tenant")] public required string Tenant { get; init; }
    [JsonPropertyName("shopId")] public required string ShopId { get; init; }
    [JsonPropertyName("conversationId")] public required string ConversationId { get; init; }
    [JsonPropertyName("buyerId")] public required string BuyerId { get; init; }
    [JsonPropertyName("messageIds")] public required IReadOnlyList<string> MessageIds { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("reportedBy")] public required string ReportedBy { get; init; }
    [JsonPropertyName("createdAt")] public required DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("flagId")] public string? FlagId { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = ReportStatuses.Pending;
}

public static class ReportStatuses
{
    public const string Pending = "pending";
    public const string Verified = "verified";
    public const string Rejected = "rejected";
}
