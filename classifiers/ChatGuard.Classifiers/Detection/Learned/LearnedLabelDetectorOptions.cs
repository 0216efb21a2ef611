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

    /// <summary>
    /// Whether a score at its block threshold may block with no rule of its label beside it. Off: out of family the
    /// thresholds do not hold (<see cref="LearnedLabelDetector"/>), so a model score alone only holds or flags.
    /// </summary>
    public bool ScoreBlocksAlone { get; init; }

    /// <summary>
    /// How much text a score needs to report a label with no rule of that label beside it, in words: a Chinese
    /// character, or a run of Latin letters or digits, is one. Shorter messages are greetings and acknowledgements
    /// far more often than anything else (你好, 客服你好, thank you), and the rules still judge them.
    /// </summary>
    public int MinimumWordsAlone { get; init; } = 7;
}
