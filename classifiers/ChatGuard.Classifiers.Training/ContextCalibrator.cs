using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// C2: the abuse head's context threshold (<see cref="LabelHead.ContextThreshold"/>). Among the thresholds that keep
/// the legitimate chat messages the head flags within <see cref="ThresholdOptions.ContextRate"/>, the highest whose
/// macro-F1 on a labeled dev set (COLD dev: the COLD figure the pipeline must keep) is within
/// <see cref="ThresholdOptions.ContextTolerance"/> of the best: precision first, a dev difference that small is noise,
/// and a higher threshold flags less chat. Each candidate is counted the way <see cref="LearnedLabelDetector"/> reads
/// it: with a context threshold the head speaks alone only in its context; with none (<see cref="LabelHead.Never"/>)
/// it speaks alone wherever it reaches its review threshold.
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
        return Pick(scores, context, [.. dev.Select(e => e.Offensive)], legitimateScores, legitimateContext, head.ReviewThreshold, options);
    }

    /// <summary>The choice itself, on the head's dev scores and its out-of-family scores of legitimate chat.</summary>
    public static float Pick(IReadOnlyList<float> devScores, IReadOnlyList<bool> devContext, IReadOnlyList<bool> devTruth,
        IReadOnlyList<float> legitimateScores, IReadOnlyList<bool> legitimateContext, float review, ThresholdOptions options)
    {
        var allowed = (int)Math.Floor(options.ContextRate * legitimateScores.Count);
        var candidates = new List<(double F1, float Threshold)>();
        // No context: the head reports alone at its review threshold, everywhere, so that too must keep within the budget
        // (with more hand-written chat in the corpus it did not, and a head that lost its context took COLD to 0.63).
        if (legitimateScores.Count(s => s >= review) <= allowed)
            candidates.Add((MacroF1(devTruth, devScores.Select(s => s >= review)), LabelHead.Never));
        for (var t = 0.30f; t < review; t += 0.01f)
        {
            var flaggedLegitimate = 0;
            for (var i = 0; i < legitimateScores.Count; i++)
                if (legitimateContext[i] && legitimateScores[i] >= t) flaggedLegitimate++;
            if (flaggedLegitimate > allowed) continue;
            var threshold = t;
            candidates.Add((MacroF1(devTruth, devScores.Select((s, i) => devContext[i] && s >= threshold)), t));
        }
        // Nothing fits: the head keeps its context but at 1, so it adds to abuse rules' findings and speaks alone only
        // where its score saturates in a context.
        return candidates.Count == 0 ? 1f : HighestWithinTolerance(candidates, options.ContextTolerance);
    }

    private static double MacroF1(IReadOnlyList<bool> truth, IEnumerable<bool> predicted) => BinaryMetrics.From(truth, [.. predicted]).MacroF1;

    /// <summary>The highest threshold whose dev macro-F1 is within <paramref name="tolerance"/> of the best one's.</summary>
    public static float HighestWithinTolerance(IReadOnlyList<(double F1, float Threshold)> candidates, double tolerance)
    {
        var best = candidates.Max(c => c.F1);
        return candidates.Where(c => c.F1 >= best - tolerance).Max(c => c.Threshold);
    }
}
