namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Floors under the thresholds a <see cref="LabelModel"/> ships with. The calibration reads thresholds off the
/// corpus's legitimate lines, and for labels whose legitimate lines all score low it lands on its own floor (0.5);
/// look-alikes the corpus lacks (高仿真植物墙, 冰箱贴, "licensed replica") scored above that, so the detector
/// reports a label from <see cref="MinimumReview"/> and lets a score act alone from <see cref="MinimumBlock"/> at least.
/// </summary>
public sealed record LearnedLabelDetectorOptions
{
    public float MinimumReview { get; init; } = 0.9f;

    public float MinimumBlock { get; init; } = 0.98f;
}
