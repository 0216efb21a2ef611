using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Policy;

/// <summary>
/// Turns a message's findings into a verdict under one profile: each finding's label and severity give an action,
/// capped at the profile's <see cref="PolicyProfile.Ambiguous"/> action when the finding could be innocent (precision
/// first: a term or model hit holds the message for a person, structured evidence masks or blocks); the strictest wins.
/// </summary>
public static class VerdictBuilder
{
    public static Verdict Build(string text, List<Finding> findings, PolicyProfile policy) => Build(text, findings, policy, SenderRole.Unknown);

    /// <summary>As above for a message from <paramref name="role"/>: findings of labels the sender cannot violate are dropped.</summary>
    public static Verdict Build(string text, List<Finding> findings, PolicyProfile policy, SenderRole role)
    {
        // C6/C7: a rule written for buyers (a buyer posing as the market regulator, two sellers swapping reviews) keeps its finding.
        findings.RemoveAll(f => !f.ForBuyer && !policy.Applies(f.Label, role));
        findings.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var labels = new List<string>();
        foreach (var label in Labels.All)
            if (findings.Exists(f => f.Label == label)) labels.Add(label);

        var action = ModerationAction.Allow;
        var severity = Severity.None;
        foreach (var f in findings)
        {
            var a = policy.ActionFor(f);
            if (a > action) action = a;
            if (f.Severity > severity) severity = f.Severity;
        }
        return new Verdict(labels, action, severity, findings, Mask(text, findings), policy.Name, policy.Version);
    }

    /// <summary>Replaces every character inside a finding with '*', keeping the text's length and offsets.</summary>
    public static string Mask(string text, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return text;
        return string.Create(text.Length, (text, findings), static (dest, state) =>
        {
            state.text.AsSpan().CopyTo(dest);
            foreach (var f in state.findings)
            {
                var start = Math.Clamp(f.Start, 0, dest.Length);
                var end = Math.Clamp(f.End, start, dest.Length);
                dest[start..end].Fill('*');
            }
        });
    }
}
