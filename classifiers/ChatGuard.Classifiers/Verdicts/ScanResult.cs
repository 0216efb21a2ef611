using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatGuard.Classifiers.Verdicts;

/// <summary>
/// The wire form of a verdict: one line of <c>chatguard scan</c> and the body of <c>POST /api/v1/moderate</c>
/// (DESIGN.md's contract; extra fields come after the contract's).
/// </summary>
public sealed record ScanResult(
    [property: JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("spans")] IReadOnlyList<ScanSpan> Spans,
    [property: JsonPropertyName("masked")] string Masked,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("profileVersion")] string ProfileVersion)
{
    /// <summary>Compact, one object per line, Chinese text kept readable rather than \u-escaped.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ScanResult From(Verdict verdict, string? id = null) => new(
        id,
        verdict.Labels,
        verdict.Action.ToWire(),
        [.. verdict.Findings.Select(f => new ScanSpan(f.Label, f.Start, f.Length, f.RuleId, f.Detail))],
        verdict.Masked,
        verdict.Severity.ToString().ToLowerInvariant(),
        verdict.Profile,
        verdict.ProfileVersion);
}

public sealed record ScanSpan(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("detail"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail);
