namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// One label's part of a <see cref="LabelModel"/> besides its weights: the linear bias, the logistic calibration
/// ML.NET fitted (probability = 1 / (1 + e^-(Slope·score + Offset))), and the two thresholds calibrated on
/// legitimate messages the model was not fitted on.
/// </summary>
/// <param name="ReviewThreshold">
/// From this probability up the label is reported and the message held or flagged; on the sender head
/// (<see cref="SenderRoleReader"/>), from this probability up a message whose sender is not said is read as a buyer's.
/// </param>
/// <param name="ContextThreshold">
/// From this probability up the label is reported when the message also has the label's context words
/// (<see cref="LabelContext"/>); above 1 when the label has none.
/// </param>
/// <param name="BlockThreshold">
/// From this probability up the score alone may block: it passes at most 0.1 % of legitimate traffic
/// (precision first, DESIGN.md); above 1 it never does.
/// </param>
public sealed record LabelHead(string Label, float Bias, float Slope, float Offset, float ReviewThreshold, float BlockThreshold, float ContextThreshold = LabelHead.Never)
{
    /// <summary>A threshold no probability reaches.</summary>
    public const float Never = 1.0000001f;

    public float Probability(float score) => 1f / (1f + MathF.Exp(-(Slope * (score + Bias) + Offset)));
}
