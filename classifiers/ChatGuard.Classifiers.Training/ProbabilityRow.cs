namespace ChatGuard.Classifiers.Training;

/// <summary>ML.NET's output for one <see cref="FeatureRow"/>: the raw score and the calibrated probability.</summary>
public sealed class ProbabilityRow
{
    public float Score { get; set; }

    public float Probability { get; set; }
}
