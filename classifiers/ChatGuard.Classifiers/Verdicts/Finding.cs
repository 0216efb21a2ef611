namespace ChatGuard.Classifiers.Verdicts;

/// <summary>
/// One thing a detector found: a label, the RULES.md rule it enforces, and where in the
/// <em>original</em> text it is (UTF-16 offsets), so masking and highlighting point at what the user typed.
/// </summary>
/// <param name="Detail">A short, non-confidential explanation for moderators (e.g. "wechat handle").</param>
public sealed record Finding(string Label, string RuleId, int Start, int Length, Severity Severity, string? Detail = null)
{
    public int End => Start + Length;
}
