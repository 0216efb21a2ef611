using System.Text.Json.Serialization;

namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// One JSON term list (<c>Lexicons/*.json</c>): named families of terms and the rules that combine them.
/// A rule sees the families of every file with its label and those of files without a label (<c>negator_zh</c> in
/// <c>common.json</c>): a family named alike in two files of one label is one family, so a regional file extends
/// <c>pay_verb</c> by naming it — and a new family needs a name no file of its label uses yet.
/// A term is written as people type it; it is normalized like a message (so one spelling covers
/// full-width, traditional, spaced and zero-width variants). By default a term that begins or ends with
/// a Latin letter or digit must not touch another one there (<c>line</c> does not match <c>neckline</c>), and one
/// that begins or ends with a Cyrillic letter must not touch another Cyrillic letter (<c>клад</c> does not match
/// <c>склад</c>); a leading or trailing <c>*</c> lifts that (<c>fuck*</c>, <c>закладк*</c> for every ending).
/// </summary>
public sealed class LexiconFile
{
    /// <summary>The label the rules of this file report; empty for files that only define shared families.</summary>
    [JsonPropertyName("label")] public string Label { get; init; } = "";

    /// <summary>The RULES.md rule id findings carry (C1…C8).</summary>
    [JsonPropertyName("ruleId")] public string RuleId { get; init; } = "";

    [JsonPropertyName("families")] public Dictionary<string, string[]> Families { get; init; } = [];

    /// <summary>
    /// Families whose Chinese terms also match spelled in pinyin (<c>微信</c> → <c>weixin</c>, <c>加我</c> → <c>jiawo</c>),
    /// from the reading table <see cref="Normalization.Pinyin"/>.
    /// </summary>
    [JsonPropertyName("pinyin")] public string[] PinyinFamilies { get; init; } = [];

    /// <summary>Families whose Chinese terms of two or more characters also match as pinyin initials (<c>微信</c> → <c>wx</c>, <c>支付宝</c> → <c>zfb</c>).</summary>
    [JsonPropertyName("initials")] public string[] InitialsFamilies { get; init; } = [];

    [JsonPropertyName("rules")] public LexiconRule[] Rules { get; init; } = [];
}
