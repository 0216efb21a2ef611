using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// C2: the abuse head's context threshold (<see cref="LabelHead.ContextThreshold"/>). The one with the best macro-F1
/// on a labeled dev set (COLD dev: the COLD figure the pipeline must keep), among those that keep the legitimate
/// chat messages the head flags, review and context together, within <see cref="ThresholdOptions.ContextRate"/>.
/// </summary>
public static class ContextCalibrator
{
    /// <param name="k">The head's index in <paramref name="model"/>; <paramref name="head"/> carries its calibrated review threshold.</param>
    public static float Choose(LabelModel model, int k, LabelHead head, ITextNormalizer normalizer, IReadOnlyList<LabeledText> dev,
        IReadOnlyList<float> legitimateScores, IReadOnlyList<bool> legitimateContext, ThresholdOptions options)
    {
        var probabilities = new float[model.Heads.Count];
        var scores = new float[dev.Count];
        var context = new bool[dev.Count];
        for (var i = 0; i < dev.Count; i++)
        {
            var text = normalizer.Normalize(dev[i].Text).Text;
            model.Score(text, SenderRole.Unknown, probabilities);
            scores[i] = probabilities[k];
            context[i] = LabelContext.Has(head.Label, text);
        }
        var truth = dev.Select(e => e.Offensive).ToArray();
        var allowed = (int)Math.Floor(options.ContextRate * legitimateScores.Count);
        var best = (F1: BinaryMetrics.From(truth, [.. scores.Select(s => s >= head.ReviewThreshold)]).MacroF1, Threshold: LabelHead.Never);
        for (var t = 0.30f; t < head.ReviewThreshold; t += 0.01f)
        {
            var flaggedLegitimate = 0;
            for (var i = 0; i < legitimateScores.Count; i++)
                if (Reported(legitimateScores[i], legitimateContext[i], head.ReviewThreshold, t)) flaggedLegitimate++;
            if (flaggedLegitimate > allowed) continue;
            var f1 = BinaryMetrics.From(truth, [.. scores.Select((s, i) => Reported(s, context[i], head.ReviewThreshold, t))]).MacroF1;
            if (f1 > best.F1) best = (f1, t);
        }
        return best.Threshold;
    }

    private static bool Reported(float score, bool context, float review, float contextThreshold) =>
        score >= review || (context && score >= contextThreshold);
}
