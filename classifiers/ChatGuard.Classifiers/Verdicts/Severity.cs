namespace ChatGuard.Classifiers.Verdicts;

/// <summary>How bad a finding is; a policy profile may pick a stricter action for a higher severity.</summary>
public enum Severity
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
