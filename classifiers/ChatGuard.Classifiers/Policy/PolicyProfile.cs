using System.Text.Json.Serialization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Policy;

/// <summary>
/// One platform's moderation policy: what each label leads to, and which domains are the platform's own.
/// Where platforms differ it is this data, not code (RULES.md); the version is recorded on every verdict (S13).
/// </summary>
public sealed class PolicyProfile
{
    [JsonPropertyName("name")] public required string Name { get; init; }

    [JsonPropertyName("version")] public required string Version { get; init; }

    /// <summary>Label → action (wire names: allow, mask, review, block).</summary>
    [JsonPropertyName("actions")] public Dictionary<string, string> Actions { get; init; } = [];

    /// <summary>C1: the platform's own domains (and their subdomains) are not third-party links.</summary>
    [JsonPropertyName("allowedDomains")] public string[] AllowedDomains { get; init; } = [];

    /// <summary>
    /// Label → (lowest severity → action): a finding at or above that severity gets that action instead of the
    /// label's usual one (e.g. <c>"contact_diversion": {"critical": "block"}</c>: a bank card number is blocked, a
    /// handle masked).
    /// </summary>
    [JsonPropertyName("escalations")] public Dictionary<string, Dictionary<string, string>> Escalations { get; init; } = [];

    /// <summary>
    /// The most a finding that could be innocent (a term or model hit, not marked unambiguous) may do: precision
    /// first, it holds the message for a person (<c>review</c>) or lets it through (<c>allow</c>), never blocks.
    /// </summary>
    [JsonPropertyName("ambiguous")] public string Ambiguous { get; init; } = "review";

    public ModerationAction AmbiguousAction =>
        ModerationActionNames.TryParse(Ambiguous, out var action) && action <= ModerationAction.Review ? action : ModerationAction.Review;

    /// <summary>
    /// Labels only a shop's message can carry (C5–C8: soliciting reviews, exaggerated claims, posing as the platform,
    /// offering fakes): a buyer's "已经给你们五星好评了" or "不会是假货吧" is not a violation, whichever detector read it so.
    /// </summary>
    [JsonPropertyName("shopOnlyLabels")] public string[] ShopOnlyLabels { get; init; } = [];

    /// <summary>Whether a finding of <paramref name="label"/> counts in a message from <paramref name="role"/>.</summary>
    public bool Applies(string label, SenderRole role) => role != SenderRole.Buyer || Array.IndexOf(ShopOnlyLabels, label) < 0;

    public ModerationAction ActionFor(string label) =>
        Actions.TryGetValue(label, out var wire) && ModerationActionNames.TryParse(wire, out var action)
            ? action
            : ModerationAction.Review;

    /// <summary>The action for a finding of <paramref name="label"/> at <paramref name="severity"/>.</summary>
    public ModerationAction ActionFor(string label, Severity severity)
    {
        var action = ActionFor(label);
        if (!Escalations.TryGetValue(label, out var bySeverity)) return action;
        var best = Severity.None;
        foreach (var (name, wire) in bySeverity)
        {
            if (!Enum.TryParse<Severity>(name, ignoreCase: true, out var threshold) || threshold > severity || threshold < best) continue;
            if (!ModerationActionNames.TryParse(wire, out var escalated)) continue;
            best = threshold;
            action = escalated;
        }
        return action;
    }

    /// <summary>The action for <paramref name="finding"/>: its label's and severity's, capped when it could be innocent.</summary>
    public ModerationAction ActionFor(Finding finding)
    {
        var action = ActionFor(finding.Label, finding.Severity);
        // A score says nothing of which characters to hide: a model finding of a masked label (C1) goes to a person.
        if (action == ModerationAction.Mask && finding.Evidence == Evidence.Model) return AmbiguousAction;
        return finding.ActsAlone || action <= AmbiguousAction ? action : AmbiguousAction;
    }

    public bool IsAllowedDomain(string host)
    {
        foreach (var allowed in AllowedDomains)
        {
            if (host.Equals(allowed, StringComparison.OrdinalIgnoreCase)) return true;
            if (host.Length > allowed.Length
                && host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase)
                && host[host.Length - allowed.Length - 1] == '.') return true;
        }
        return false;
    }
}
