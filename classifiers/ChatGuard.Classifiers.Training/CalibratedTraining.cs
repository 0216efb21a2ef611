using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Corpus;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// Fits a <see cref="LabelModel"/> on corpus messages (plus label-restricted extra examples such as COLD) and
/// calibrates its thresholds on legitimate messages it was not fitted on: the corpus is split into family folds,
/// a model fitted without each fold scores that fold's legitimate messages, and every label's review and block
/// thresholds are read off those pooled out-of-fold scores (<see cref="ThresholdCalibrator"/>). The model returned
/// is then fitted on everything and carries those thresholds.
/// </summary>
/// <param name="labels">The heads to fit; <see cref="LearnedLabels"/> when null.</param>
public sealed class CalibratedTraining(ITextNormalizer normalizer, LabelModelTrainer trainer, IReadOnlyList<string>? labels = null)
{
    private readonly IReadOnlyList<string> _labels = labels ?? LearnedLabels;

    /// <summary>The labels with a learned head: every semantic label of a text (contact details are structured evidence, C1's rules).</summary>
    public static readonly IReadOnlyList<string> LearnedLabels =
    [
        Verdicts.Labels.Abuse, Verdicts.Labels.Prohibited, Verdicts.Labels.OffPlatformPayment, Verdicts.Labels.Counterfeit,
        Verdicts.Labels.Impersonation, Verdicts.Labels.ReviewSolicitation, Verdicts.Labels.ExaggeratedClaims,
    ];

    public LabelModelFit Fit(IReadOnlyList<CorpusMessage> corpus, IReadOnlyList<TrainingExample> extra, int calibrationFolds,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var folds = new FamilyFolds(calibrationFolds);
        var legitimateScores = _labels.Select(_ => new List<float>()).ToArray();
        Span<float> probabilities = stackalloc float[_labels.Count];
        for (var fold = 0; fold < folds.Count; fold++)
        {
            var (train, heldOut) = folds.Split(corpus, fold);
            progress?.Report($"calibration fold {fold + 1}/{folds.Count}: fitting on {train.Count} messages, scoring {heldOut.Count(m => m.IsLegitimate)} legitimate ones");
            var model = trainer.Fit([.. ToExamples(train), .. extra], _labels, ct).Model;
            foreach (var m in heldOut.Where(m => m.IsLegitimate))
            {
                model.Score(normalizer.Normalize(m.Text).Text, m.Role, probabilities);
                for (var k = 0; k < probabilities.Length; k++) legitimateScores[k].Add(probabilities[k]);
            }
        }
        progress?.Report($"final fit on {corpus.Count} messages and {extra.Count} extra examples");
        var fit = trainer.Fit([.. ToExamples(corpus), .. extra], _labels, ct);
        var heads = fit.Model.Heads.Select((h, k) =>
        {
            var (review, block) = ThresholdCalibrator.Calibrate(legitimateScores[k], trainer.Options.Thresholds);
            return h with { ReviewThreshold = review, BlockThreshold = block };
        }).ToArray();
        return fit with { Model = fit.Model.WithHeads(heads) };
    }

    public static IEnumerable<TrainingExample> ToExamples(IEnumerable<CorpusMessage> messages) =>
        messages.Select(m => new TrainingExample(m.Text, m.Role, m.Labels));
}
