using System.Text.Json.Serialization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// A rule over term hits: an <see cref="Anchor"/> term, optionally with context that must be near it,
/// negators that cancel it, exceptions (product names, legitimate uses) that cancel it, and a
/// <see cref="Tail"/> pattern that must follow it (a handle or number after a contact cue).
/// Distances are in <see cref="Normalization.TextDistance"/> units of the compact view (separators do not count; a
/// Chinese character is one unit, so is an English word).
/// </summary>
public sealed class LexiconRule
{
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>The family whose hits the rule starts from.</summary>
    [JsonPropertyName("anchor")] public required string Anchor { get; init; }

    [JsonPropertyName("severity"), JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
    public Severity Severity { get; init; } = Severity.High;

    /// <summary>Every family listed must have a (non-negated) hit within <see cref="Within"/> of the anchor.</summary>
    [JsonPropertyName("near")] public string[] Near { get; init; } = [];

    /// <summary>Every family listed must have a hit ending at most <see cref="Within"/> before the anchor.</summary>
    [JsonPropertyName("nearBefore")] public string[] NearBefore { get; init; } = [];

    /// <summary>Every family listed must have a hit starting at most <see cref="Within"/> after the anchor.</summary>
    [JsonPropertyName("nearAfter")] public string[] NearAfter { get; init; } = [];

    [JsonPropertyName("within")] public int Within { get; init; } = 12;

    /// <summary>When set, the anchor must start within this many compact characters (not units) of the message start (notice headers).</summary>
    [JsonPropertyName("atStart")] public int? AtStart { get; init; }

    /// <summary>Negator families: a hit ending at most <see cref="NegationWindow"/> before the anchor (or a near hit) cancels it.</summary>
    [JsonPropertyName("unless")] public string[] Unless { get; init; } = [];

    [JsonPropertyName("negationWindow")] public int NegationWindow { get; init; } = 3;

    /// <summary>
    /// Denial families that follow the term (高仿的我们一律不做, "replicas? we don't do those"): a hit starting at most
    /// <see cref="DenialWindow"/> after the anchor cancels it.
    /// </summary>
    [JsonPropertyName("unlessAfter")] public string[] UnlessAfter { get; init; } = [];

    [JsonPropertyName("denialWindow")] public int DenialWindow { get; init; } = 8;

    /// <summary>Exception families: a hit within <see cref="ExceptWithin"/> of the anchor cancels the rule there.</summary>
    [JsonPropertyName("except")] public string[] Except { get; init; } = [];

    [JsonPropertyName("exceptWithin")] public int ExceptWithin { get; init; } = 8;

    /// <summary>
    /// The rule does not apply in a warning (a <c>warning_context</c> hit in the finding's sentence: 温馨提示, 谨防, 凡是…都是骗子):
    /// a shop's anti-fraud notice names the very acts it warns against; a later sentence is not covered by it.
    /// </summary>
    [JsonPropertyName("exceptInWarning")] public bool ExceptInWarning { get; init; }

    /// <summary>A named pattern that must follow the anchor (<c>handle</c>, <c>number</c>, <c>address</c>).</summary>
    [JsonPropertyName("tail")] public string? Tail { get; init; }

    /// <summary>
    /// The term is a violation whatever surrounds it (<c>好评返现</c>), so a hit may block on its own; other term
    /// hits could be innocent and only hold the message for review (precision first).
    /// </summary>
    [JsonPropertyName("unambiguous")] public bool Unambiguous { get; init; }

    /// <summary>
    /// Labels the same hit breaks besides its file's: money asked into a QR code, bank account or wallet off the
    /// platform (C4) hands the buyer that account, third-party information under C1.
    /// </summary>
    [JsonPropertyName("alsoLabels")] public string[] AlsoLabels { get; init; } = [];

    /// <summary>
    /// Who the rule judges (<c>buyer</c>, <c>agent</c>, <c>bot</c>); empty: every sender. A sender whose role is not
    /// known is always judged. (Labels only a shop can violate are the profile's <c>shopOnlyLabels</c>; a rule naming
    /// <c>buyer</c> is written for a buyer's message, so its findings count there even for those labels.)
    /// </summary>
    [JsonPropertyName("senders")] public string[] Senders { get; init; } = [];
}
