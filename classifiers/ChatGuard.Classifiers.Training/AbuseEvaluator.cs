using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;

namespace ChatGuard.Classifiers.Training;

/// <summary>C2: the model alone on labeled texts, at the threshold it was shipped with.</summary>
public static class AbuseEvaluator
{
    public static BinaryMetrics Evaluate(AbuseModel model, ITextNormalizer normalizer, IReadOnlyList<LabeledText> examples)
    {
        var truth = new bool[examples.Count];
        var predicted = new bool[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            truth[i] = examples[i].Offensive;
            predicted[i] = model.Score(normalizer.Normalize(examples[i].Text).Text) >= model.Threshold;
        }
        return BinaryMetrics.From(truth, predicted);
    }
}
