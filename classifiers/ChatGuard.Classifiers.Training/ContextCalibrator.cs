using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// C2: the abuse head's context threshold (<see cref="LabelHead.ContextThreshold"/>). Among the thresholds that keep
/// the legitimate chat messages the head flags, review and context together, within
/// <see cref="ThresholdOptions.ContextRate"/>, the highest whose macro-F1 on a labeled dev set (COLD dev: the COLD
/// figure the pipeline must keep) is within <see cref="ThresholdOptions.ContextTolerance"/> of the best: precision
/// first, a dev difference that small is noise, and a higher threshold flags less chat.
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
        var candidates = new List<(double F1, float Threshold)> { (BinaryMetrics.From(truth, [.. scores.Select(s => s >= head.ReviewThreshold)]).MacroF1, LabelHead.Never) };
        for (var t = 0.30f; t < head.ReviewThreshold; t += 0.01f)
        {
            var flaggedLegitimate = 0;
            for (var i = 0; i < legitimateScores.Count; i++)
                if (Reported(legitimateScores[i], legitimateContext[i], head.ReviewThreshold, t)) flaggedLegitimate++;
            if (flaggedLegitimate > allowed) continue;
            candidates.Add((BinaryMetrics.From(truth, [.. scores.Select((s, i) => Reported(s, context[i], head.ReviewThreshold, t))]).MacroF1, t));
        }
        return HighestWithinTolerance(candidates, options.ContextTolerance);
    }

    /// <summary>The highest threshold whose dev macro-F1 is within <paramref name="tolerance"/> of the best one's.</summary>
    public static float HighestWithinTolerance(IReadOnlyList<(double F1, float Threshold)> candidates, double tolerance)
    {
        var best = candidates.Max(c => c.F1);
        return candidates.Where(c => c.F1 >= best - tolerance).Max(c => c.Threshold);
    }

    private static bool Reported(float score, bool context, float review, float contextThreshold) =>
        score >= review || (context && score >= contextThreshold);
}
