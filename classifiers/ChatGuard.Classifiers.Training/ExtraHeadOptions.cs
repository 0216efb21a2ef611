namespace ChatGuard.Classifiers.Training;

/// <summary>
/// Settings of a head fitted on extra data (<see cref="HeadSpec.Extra"/>: COLD's comments for C2), chosen on COLD dev
/// (models/README.md): a longer corpus of one label wants less regularization than the chat heads, and
/// <see cref="NaiveBayesScaling"/> of its n-grams.
/// </summary>
public sealed record ExtraHeadOptions
{
    /// <summary>SDCA's L2 penalty for the head.</summary>
    public float? L2 { get; init; } = 1e-6f;

    /// <summary>Smoothing α of the naive-Bayes ratios; 0 fits on the plain features.</summary>
    public double NaiveBayesSmoothing { get; init; } = 1;
}
