using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>
/// The <c>sanction</c> event a muted or banned user receives on <c>/hubs/chat</c> (and again, <c>lifted</c>, when it is
/// lifted). <c>label</c> lets a page say why in the user's language without the rule ids <c>reason</c> carries.
/// </summary>
public sealed record SanctionEvent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("until")] DateTimeOffset? Until,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("sanctionId")] string SanctionId,
    [property: JsonPropertyName("lifted")] bool Lifted,
    [property: JsonPropertyName("label")] string? Label)
{
    public const string Name = "sanction";

    public static SanctionEvent From(Sanction s) => new(s.Kind, s.Until, s.Reason, s.SanctionId, s.LiftedAt is not null, s.Label);
}
