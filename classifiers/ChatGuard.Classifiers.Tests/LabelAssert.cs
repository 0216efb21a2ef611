using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>The shipped pipeline, shared by the table-driven detector tests.</summary>
internal static class LabelAssert
{
    public static readonly ModerationPipeline Pipeline = ModerationPipeline.CreateDefault();

    // The labels this suite owns; abuse has its own detector and tests.
    private static readonly string[] Owned = [.. Labels.Text.Where(l => l != Labels.Abuse)];

    /// <summary>The shipped pipeline's verdict on a message from <paramref name="role"/>.</summary>
    public static Verdict Scan(string text, SenderRole role) => Pipeline.Scan(Pipeline.Normalize(text), new ScanOptions(Role: role));

    public static void Flags(string label, string text)
    {
        var verdict = Pipeline.Scan(text);
        Assert.True(verdict.Labels.Contains(label), $"expected {label} for: {text} (got [{string.Join(",", verdict.Labels)}])");
    }

    public static void DoesNotFlag(string label, string text)
    {
        var verdict = Pipeline.Scan(text);
        Assert.False(verdict.Labels.Contains(label), $"did not expect {label} for: {text} ({string.Join("; ", verdict.Findings.Select(f => f.Detail))})");
    }

    /// <summary>
    /// A rule (term or structured evidence, not a learned score) finds <paramref name="label"/>: what the rules
    /// generalize to, whatever the model happens to score.
    /// </summary>
    public static void RuleFlags(string label, string text, SenderRole role = SenderRole.Agent)
    {
        var verdict = Scan(text, role);
        Assert.True(verdict.Findings.Any(f => f.Label == label && f.Evidence != Evidence.Model),
            $"expected a {label} rule for: {text} (got [{string.Join("; ", verdict.Findings.Select(f => $"{f.Label}:{f.Detail}"))}])");
    }

    /// <summary>
    /// The rule <paramref name="rule"/> finds <paramref name="label"/> and holds the message for a person: precision first,
    /// a structure with an innocent reading never acts alone.
    /// </summary>
    public static void HeldByRule(string label, string rule, string text, SenderRole role)
    {
        var verdict = Scan(text, role);
        var findings = verdict.Findings.Where(f => f.Label == label && f.Detail == rule).ToList();
        Assert.True(findings.Count > 0, $"expected {rule} for: {text} (got [{string.Join("; ", verdict.Findings.Select(f => $"{f.Label}:{f.Detail}"))}])");
        Assert.All(findings, f => Assert.False(f.ActsAlone, $"{rule} acted alone on: {text}"));
    }

    /// <summary>No rule finds <paramref name="label"/> (the model's score is judged by its own calibration).</summary>
    public static void NoRuleFlags(string label, string text, SenderRole role = SenderRole.Agent)
    {
        var verdict = Scan(text, role);
        Assert.False(verdict.Findings.Any(f => f.Label == label && f.Evidence != Evidence.Model),
            $"did not expect a {label} rule for: {text} ({string.Join("; ", verdict.Findings.Select(f => $"{f.Label}:{f.Detail}"))})");
    }

    /// <summary>
    /// No rule finds <paramref name="label"/> and the message is not blocked: a look-alike the learned head may hold for
    /// review at its calibrated threshold (precision first: a score alone never blocks).
    /// </summary>
    public static void NoRuleNeverBlocked(string label, string text, SenderRole role = SenderRole.Agent)
    {
        NoRuleFlags(label, text, role);
        Assert.NotEqual(ModerationAction.Block, Scan(text, role).Action);
    }

    public static void IsClean(string text)
    {
        var verdict = Pipeline.Scan(text);
        var flagged = verdict.Labels.Where(Owned.Contains).ToList();
        Assert.True(flagged.Count == 0, $"expected no label for: {text} (got [{string.Join(",", flagged)}]: {string.Join("; ", verdict.Findings.Select(f => f.Detail))})");
    }
}
