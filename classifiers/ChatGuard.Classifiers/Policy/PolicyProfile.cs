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

    public ModerationAction ActionFor(string label) =>
        Actions.TryGetValue(label, out var wire) && ModerationActionNames.TryParse(wire, out var action)
            ? action
            : ModerationAction.Review;

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
