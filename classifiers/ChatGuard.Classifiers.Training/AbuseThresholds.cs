using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// Thresholds of an abuse model fitted on COLD-style data: review at the best dev macro-F1 (COLD's headline
/// figure), block where at most <see cref="ThresholdOptions.BlockRate"/> of dev's non-offensive texts pass.
/// </summary>
public static class AbuseThresholds
{
    public static LabelModel Choose(LabelModel model, ITextNormalizer normalizer, IReadOnlyList<LabeledText> dev, ThresholdOptions options)
    {
        var k = model.IndexOf(Labels.Abuse);
        Span<float> probabilities = stackalloc float[model.Heads.Count];
        var scores = new float[dev.Count];
        for (var i = 0; i < dev.Count; i++)
        {
            model.Score(normalizer.Normalize(dev[i].Text).Text, SenderRole.Unknown, probabilities);
            scores[i] = probabilities[k];
        }
        var truth = dev.Select(e => e.Offensive).ToArray();
        var best = (F1: -1.0, Threshold: 0.5f);
        for (var step = 10; step <= 190; step++)
        {
            var t = step / 200f;
            var f1 = BinaryMetrics.From(truth, [.. scores.Select(s => s >= t)]).MacroF1;
            if (f1 > best.F1) best = (f1, t);
        }
        var block = Math.Max(Math.Max(best.Threshold, options.MinimumBlock),
            ThresholdCalibrator.PassingAtMost([.. scores.Where((_, i) => !truth[i])], options.BlockRate));
        var heads = model.Heads.Select((h, i) => i == k ? h with { ReviewThreshold = best.Threshold, BlockThreshold = block } : h).ToArray();
        return model.WithHeads(heads);
    }
}
