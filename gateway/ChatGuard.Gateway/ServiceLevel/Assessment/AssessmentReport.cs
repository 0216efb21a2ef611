using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// <c>GET /api/v1/shops/{shopId}/assessment</c>: a shop's S2 figures for one period and S4 for its calendar month,
/// with pass/fail per the profile (null where the profile sets no target or the period is not assessed).
/// </summary>
public sealed record AssessmentReport
{
    [JsonPropertyName("shopId")] public required string ShopId { get; init; }
    [JsonPropertyName("period")] public required string Period { get; init; }
    [JsonPropertyName("profile")] public required string Profile { get; init; }
    [JsonPropertyName("timeZone")] public required string TimeZone { get; init; }
    [JsonPropertyName("from")] public required DateTimeOffset From { get; init; }
    [JsonPropertyName("to")] public required DateTimeOffset To { get; init; }
    /// <summary>Where the figures come from: "redis", "in-process", or "store" (rebuilt on the fly while Redis is down).</summary>
    [JsonPropertyName("source")] public required string Source { get; init; }
    /// <summary>False while this node holds counter updates it could not apply (Redis was down; the catch-up will rebuild).</summary>
    [JsonPropertyName("complete")] public required bool Complete { get; init; }
    [JsonPropertyName("assessmentHours")] public required string AssessmentHours { get; init; }
    [JsonPropertyName("buyerMessages")] public required long BuyerMessages { get; init; }
    [JsonPropertyName("replyTargetMinutes")] public required int ReplyTargetMinutes { get; init; }
    [JsonPropertyName("repliedWithinTarget")] public required long RepliedWithinTarget { get; init; }
    [JsonPropertyName("replyRate")] public required double? ReplyRate { get; init; }
    [JsonPropertyName("averageFirstReplySeconds")] public required double? AverageFirstReplySeconds { get; init; }
    [JsonPropertyName("minBuyerMessages")] public required int MinBuyerMessages { get; init; }
    /// <summary>S2 (TikTok): false when the period had fewer buyer messages than the minimum.</summary>
    [JsonPropertyName("assessed")] public required bool Assessed { get; init; }
    [JsonPropertyName("replyRateTarget")] public required double? ReplyRateTarget { get; init; }
    [JsonPropertyName("replyRatePass")] public required bool? ReplyRatePass { get; init; }
    [JsonPropertyName("satisfaction")] public required SatisfactionReport Satisfaction { get; init; }
}

/// <summary>S4 for the period's calendar month.</summary>
public sealed record SatisfactionReport(
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("ratings")] RatingCounts Ratings,
    [property: JsonPropertyName("rate")] double? Rate,
    [property: JsonPropertyName("target")] double? Target,
    [property: JsonPropertyName("pass")] bool? Pass);
