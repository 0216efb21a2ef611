namespace ChatGuard.Classifiers.Training;

/// <summary>
/// How each label's thresholds are read off the scores of legitimate messages the model was not fitted on.
/// Precision first (DESIGN.md): a score may block alone only where it passes at most <see cref="BlockRate"/> of
/// legitimate traffic; it is reported for review where it passes at most <see cref="ReviewRate"/>.
/// </summary>
public sealed record ThresholdOptions
{
    /// <summary>
    /// Share of legitimate traffic one label may flag, every family group weighing the same
    /// (<see cref="ThresholdCalibrator.PassingAtMostPerFamily"/>): eight heads, about 1.5 % of an average family in all.
    /// Half again the 0.125 % of sessions 9–14: on the never-read sets the heads then held 1.4 % of legitimate lines
    /// and let 2–10 % of violations through, most of them scored just under the threshold; leave-families-out, twice
    /// the rate took flags from 2.1 % to 3.2 % (over the 3 % budget) for recall 0.870 → 0.894.
    /// </summary>
    public double ReviewRate { get; init; } = 0.001875;

    /// <summary>
    /// Share of legitimate lines, pooled, one label may flag: a cap beside <see cref="ReviewRate"/>. Family weighting
    /// lets the allowance grow with the number of family groups, and hand-written sets bring thousands of groups of one
    /// to five lines; the allowance was then spent on lines of large look-alike families, each weighing little, and
    /// review thresholds fell to 0.50–0.66 (an agent's "满意的话麻烦给个好评" and "we guarantee free returns" were held).
    /// </summary>
    public double ReviewRateOfLines { get; init; } = 0.00375;

    /// <summary>
    /// Share of legitimate messages a label with context words (C2) may flag in all, context threshold included:
    /// the context threshold is the one with the best dev macro-F1 (COLD) within this share.
    /// </summary>
    public double ContextRate { get; init; } = 0.004;

    /// <summary>
    /// Dev macro-F1 a context threshold may give up for being higher (flagging less chat): about half the standard
    /// error of a macro-F1 on COLD dev's 6,400 comments, so thresholds this close are ties.
    /// </summary>
    public double ContextTolerance { get; init; } = 0.002;

    /// <summary>Share of legitimate messages one label may block on its score alone.</summary>
    public double BlockRate { get; init; } = 0.001;

    /// <summary>
    /// Share of shops' lines (agents', bots') the sender head may read as a buyer's, every family group weighing the
    /// same: a shop's line misread loses its C5–C8 findings, so the head reads only the buyers it is sure of.
    /// </summary>
    public double SenderMisreadRate { get; init; } = 0.01;

    /// <summary>No label is reported below this probability, however clean the legitimate scores are.</summary>
    public float MinimumReview { get; init; } = 0.5f;

    /// <summary>No score blocks alone below this probability.</summary>
    public float MinimumBlock { get; init; } = 0.9f;
}
