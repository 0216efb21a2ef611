using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Data;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Training;

/// <summary>C2 on labeled texts: the model's abuse head alone at its review threshold, or the whole moderation pipeline.</summary>
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

    /// <summary>The abuse head alone: offensive when its probability reaches the head's review threshold.</summary>
    public static BinaryMetrics Evaluate(LabelModel model, ITextNormalizer normalizer, IReadOnlyList<LabeledText> examples)
    {
        var k = model.IndexOf(Labels.Abuse);
        if (k < 0) throw new ArgumentException("the model has no abuse head", nameof(model));
        var threshold = model.Heads[k].ReviewThreshold;
        Span<float> probabilities = stackalloc float[model.Heads.Count];
        var truth = new bool[examples.Count];
        var predicted = new bool[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            truth[i] = examples[i].Offensive;
            model.Score(normalizer.Normalize(examples[i].Text).Text, SenderRole.Unknown, probabilities);
            predicted[i] = probabilities[k] >= threshold;
        }
        return BinaryMetrics.From(truth, predicted);
    }

    /// <summary>Abuse-only training examples from labeled files (COLD, Davidson, chat JSON lines).</summary>
    public static IEnumerable<TrainingExample> ToExamples(IEnumerable<LabeledText> examples) =>
        examples.Select(e => new TrainingExample(e.Text, SenderRole.Unknown, e.Offensive ? [Labels.Abuse] : [], Extra: true, Weight: (float)e.Weight));
}
