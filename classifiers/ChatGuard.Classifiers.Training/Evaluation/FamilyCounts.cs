namespace ChatGuard.Classifiers.Training.Evaluation;

/// <summary>
/// How one family fared: its messages, how many were judged exactly right (the gold labels, no more, no fewer),
/// flagged (any label), flagged on learned scores alone, blocked, and allowed (delivered as sent).
/// </summary>
public sealed class FamilyCounts
{
    public int Messages { get; set; }

    public int Exact { get; set; }

    public int Flagged { get; set; }

    public int Blocked { get; set; }

    /// <summary>Flagged on learned scores alone, no rule finding beside them.</summary>
    public int FlaggedByModelOnly { get; set; }

    public int Allowed { get; set; }
}
