namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// One label's part of a <see cref="LabelModel"/> besides its weights: the linear bias, the logistic calibration
/// ML.NET fitted (probability = 1 / (1 + e^-(Slope·score + Offset))), and the two thresholds calibrated on
/// legitimate messages the model was not fitted on.
/// </summary>
/// <param name="ReviewThreshold">From this probability up the label is reported and the message held or flagged.</param>
/// <param name="BlockThreshold">
/// From this probability up the score alone may block: it passes at most 0.1 % of legitimate traffic
/// (precision first, DESIGN.md); above 1 it never does.
/// </param>
public sealed record LabelHead(string Label, float Bias, float Slope, float Offset, float ReviewThreshold, float BlockThreshold)
{
    public float Probability(float score) => 1f / (1f + MathF.Exp(-(Slope * (score + Bias) + Offset)));
}
