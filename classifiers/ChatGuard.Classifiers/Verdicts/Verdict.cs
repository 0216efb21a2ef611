namespace ChatGuard.Classifiers.Verdicts;

/// <summary>The pipeline's judgement of one message under one policy profile and version (S13).</summary>
public sealed record Verdict(
    IReadOnlyList<string> Labels,
    ModerationAction Action,
    Severity Severity,
    IReadOnlyList<Finding> Findings,
    string Masked,
    string Profile,
    string ProfileVersion)
{
    public bool IsClean => Labels.Count == 0;
}
