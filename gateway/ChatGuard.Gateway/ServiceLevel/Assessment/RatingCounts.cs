using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S4: a shop's buyer ratings in one calendar month.</summary>
public sealed record RatingCounts(
    [property: JsonPropertyName("satisfied")] long Satisfied,
    [property: JsonPropertyName("neutral")] long Neutral,
    [property: JsonPropertyName("disappointed")] long Disappointed)
{
    [JsonPropertyName("total")] public long Total => Satisfied + Neutral + Disappointed;
}
