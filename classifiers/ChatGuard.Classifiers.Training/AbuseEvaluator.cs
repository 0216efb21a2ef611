using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Training;

/// <summary>C2 on labeled texts: the model alone at its shipped threshold, or the whole moderation pipeline.</summary>
public static class AbuseEvaluator
{
    /// <summary>Through the whole pipeline: a text counts as offensive when its verdict's labels include <c>abuse</c>.</summary>
    public static BinaryMetrics Evaluate(IModerationPipeline pipeline, IReadOnlyList<LabeledText> examples)
    {
        var truth = new bool[examples.Count];
        var predicted = new bool[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            truth[i] = examples[i].Offensive;
            predicted[i] = pipeline.Scan(examples[i].Text).Labels.Contains(Labels.Abuse);
        }
        return BinaryMetrics.From(truth, predicted);
    }

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
