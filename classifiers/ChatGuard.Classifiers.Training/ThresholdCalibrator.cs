namespace ChatGuard.Classifiers.Training;

/// <summary>Reads a label's review and block thresholds off the scores of held-out legitimate messages.</summary>
public static class ThresholdCalibrator
{
    public static (float Review, float Block) Calibrate(IReadOnlyList<float> legitimateScores, ThresholdOptions options)
    {
        var review = Math.Max(options.MinimumReview, PassingAtMost(legitimateScores, options.ReviewRate));
        var block = Math.Max(Math.Max(review, options.MinimumBlock), PassingAtMost(legitimateScores, options.BlockRate));
        return (review, block);
    }

    /// <summary>
    /// The lowest threshold t such that at most <paramref name="rate"/> of the scores are ≥ t: just above the
    /// (⌊rate·n⌋+1)-th highest score. Above 1 (never reached) when that score is already 1.
    /// </summary>
    public static float PassingAtMost(IReadOnlyList<float> scores, double rate)
    {
        if (scores.Count == 0) return 1f;
        var sorted = scores.OrderByDescending(s => s).ToArray();
        var allowed = (int)Math.Floor(rate * sorted.Length);
        return allowed >= sorted.Length ? 0f : MathF.BitIncrement(sorted[allowed]);
    }
}
