namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Optional floors under the thresholds a <see cref="LabelModel"/> ships with, for an operator who wants the learned
/// heads quieter than calibrated. None by default: the shipped thresholds are read off out-of-fold scores of the
/// corpus's legitimate lines, hard look-alike families included (models/README.md), which replaced the hand-set
/// floors of 0.9/0.98 that were never measured leave-families-out.
/// </summary>
public sealed record LearnedLabelDetectorOptions
{
    public float MinimumReview { get; init; }

    public float MinimumBlock { get; init; }
}
