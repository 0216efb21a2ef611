namespace ChatGuard.Classifiers.Verdicts;

/// <summary>
/// One thing a detector found: a label, the RULES.md rule it enforces, and where in the
/// <em>original</em> text it is (UTF-16 offsets), so masking and highlighting point at what the user typed.
/// </summary>
/// <param name="Detail">A short, non-confidential explanation for moderators (e.g. "wechat handle").</param>
/// <param name="Evidence">What the finding rests on; decides whether it may act on its own.</param>
/// <param name="Score">A model's probability (0–1) where the finding comes from one.</param>
public sealed record Finding(
    string Label, string RuleId, int Start, int Length, Severity Severity, string? Detail = null,
    Evidence Evidence = Evidence.Term, double? Score = null)
{
    public int End => Start + Length;
}
