using System.Text.Json.Serialization;

namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// One JSON term list (<c>Lexicons/*.json</c>): named families of terms and the rules that combine them.
/// A rule sees its own file's families and those of files without a label (<c>negator_zh</c> in <c>common.json</c>).
/// A term is written as people type it; it is normalized like a message (so one spelling covers
/// full-width, traditional, spaced and zero-width variants). By default a term that begins or ends with
/// a Latin letter or digit must not touch another one there (<c>line</c> does not match <c>neckline</c>);
/// a leading or trailing <c>*</c> lifts that (<c>fuck*</c>).
/// </summary>
public sealed class LexiconFile
{
    /// <summary>The label the rules of this file report; empty for files that only define shared families.</summary>
    [JsonPropertyName("label")] public string Label { get; init; } = "";

    /// <summary>The RULES.md rule id findings carry (C1…C8).</summary>
    [JsonPropertyName("ruleId")] public string RuleId { get; init; } = "";

    /// <summary>
    /// Who the rules judge by default (<c>buyer</c>, <c>agent</c>, <c>bot</c>); empty: everyone. Soliciting reviews,
    /// exaggerated claims and posing as the platform are what a shop does: a buyer's "已经好评了" is not C7.
    /// </summary>
    [JsonPropertyName("senders")] public string[] Senders { get; init; } = [];

    [JsonPropertyName("families")] public Dictionary<string, string[]> Families { get; init; } = [];

    [JsonPropertyName("rules")] public LexiconRule[] Rules { get; init; } = [];
}
