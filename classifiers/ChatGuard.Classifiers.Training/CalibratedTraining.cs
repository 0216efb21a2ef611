using System.Globalization;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training.Corpus;

namespace ChatGuard.Classifiers.Training;

/// <summary>
/// Fits a <see cref="LabelModel"/> on corpus messages (plus label-restricted extra examples such as COLD) and
/// calibrates its thresholds on legitimate messages it was not fitted on: the corpus is split into family folds,
/// a model fitted without each fold scores that fold's legitimate messages, and every label's review threshold is
/// read off those pooled out-of-fold scores, its block threshold off the worst family (<see cref="ThresholdCalibrator"/>). The model returned
/// is then fitted on everything and carries those thresholds.
/// </summary>
/// <param name="labels">The heads to fit; <see cref="LearnedLabels"/> when null.</param>
public sealed class CalibratedTraining(ITextNormalizer normalizer, LabelModelTrainer trainer, IReadOnlyList<string>? labels = null)
{
    private readonly IReadOnlyList<string> _labels = labels ?? LearnedLabels;

    /// <summary>
    /// The labels with a learned head: every label of a text. C1's rules find and mask the handle or number; its head
    /// hears the diversions they cannot read ("same name on the gram", "the green app, my bio") and holds them for a
    /// person (the first blind sets of the thirteenth round lost a third of their C1 lines to phrasings like these).
    /// </summary>
    public static readonly IReadOnlyList<string> LearnedLabels =
    [
        Verdicts.Labels.Abuse, Verdicts.Labels.Prohibited, Verdicts.Labels.OffPlatformPayment, Verdicts.Labels.Counterfeit,
        Verdicts.Labels.Impersonation, Verdicts.Labels.ReviewSolicitation, Verdicts.Labels.ExaggeratedClaims,
        Verdicts.Labels.ContactDiversion,
    ];

    /// <param name="contextDev">
    /// Labeled abuse texts (COLD dev) on which the abuse head's context threshold is chosen; none: no context threshold.
    /// </param>
    /// <param name="onHeldOut">
    /// Sees every corpus message, legitimate or not, with the heads' scores by the calibration model that never saw its
    /// family (in head order): the out-of-family scores thresholds are read from, for studying them.
    /// </param>
    public LabelModelFit Fit(IReadOnlyList<CorpusMessage> corpus, IReadOnlyList<TrainingExample> extra, int calibrationFolds,
        IProgress<string>? progress = null, CancellationToken ct = default, IReadOnlyList<Data.LabeledText>? contextDev = null,
        Action<CorpusMessage, int, IReadOnlyList<float>>? onHeldOut = null)
    {
        var folds = new FamilyFolds(calibrationFolds);
        var heads = Heads(extra);
        var legitimateScores = heads.Select(_ => new List<float>()).ToArray();
        var legitimateContext = heads.Select(_ => new List<bool>()).ToArray();
        var legitimateFamilies = new List<string>();
        var sender = Array.FindIndex(heads, h => h.ReadsSender);
        var shopScores = new List<float>();
        var shopFamilies = new List<string>();
        Span<float> probabilities = stackalloc float[heads.Length];
        Span<float> unsaid = stackalloc float[heads.Length];
        for (var fold = 0; fold < folds.Count; fold++)
        {
            var (train, heldOut) = folds.Split(corpus, fold);
            progress?.Report($"calibration fold {fold + 1}/{folds.Count}: fitting on {train.Count} messages, scoring {heldOut.Count(m => m.IsLegitimate)} legitimate ones");
            var model = trainer.Fit([.. ToExamples(train, trainer.Options.FamilyWeightExponent), .. extra], Heads(extra), ct).Model;
            foreach (var m in heldOut.Where(m => m.IsLegitimate || onHeldOut is not null || (sender >= 0 && m.Role is SenderRole.Agent or SenderRole.Bot)))
            {
                var text = normalizer.Normalize(m.Text).Text;
                model.Score(text, m.Role, probabilities);
                if (sender >= 0)
                {
                    // The sender head is read without the role it predicts, as SenderRoleReader reads it.
                    model.Score(text, SenderRole.Unknown, unsaid);
                    probabilities[sender] = unsaid[sender];
                    if (m.Role is SenderRole.Agent or SenderRole.Bot)
                    {
                        shopScores.Add(unsaid[sender]);
                        shopFamilies.Add(m.FamilyGroup);
                    }
                }
                onHeldOut?.Invoke(m, fold, probabilities.ToArray());
                if (!m.IsLegitimate) continue;
                legitimateFamilies.Add(m.FamilyGroup);
                for (var k = 0; k < probabilities.Length; k++)
                {
                    legitimateScores[k].Add(probabilities[k]);
                    legitimateContext[k].Add(LabelContext.Has(heads[k].Label, text));
                }
            }
        }
        progress?.Report($"final fit on {corpus.Count} messages and {extra.Count} extra examples");
        var fit = trainer.Fit([.. ToExamples(corpus, trainer.Options.FamilyWeightExponent), .. extra], Heads(extra), ct);
        var calibrated = fit.Model.Heads.Select((h, k) =>
        {
            if (k == sender)
            {
                var read = Math.Max(0.5f, ThresholdCalibrator.PassingAtMostPerFamily(shopScores, shopFamilies, trainer.Options.Thresholds.SenderMisreadRate));
                progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{h.Label}: reads a buyer from {read:0.000} ({shopScores.Count} held-out shop lines)"));
                return h with { ReviewThreshold = read, BlockThreshold = LabelHead.Never };
            }
            var (review, block) = ThresholdCalibrator.Calibrate(legitimateScores[k], legitimateFamilies, trainer.Options.Thresholds);
            var overHalf = legitimateScores[k].Count(s => s >= 0.5f);
            var head = h with { ReviewThreshold = review, BlockThreshold = block };
            if (contextDev is { Count: > 0 } && heads[k].Extra)
                head = head with { ContextThreshold = ContextCalibrator.Choose(fit.Model, k, head, normalizer, contextDev, legitimateScores[k], legitimateContext[k], trainer.Options.Thresholds) };
            progress?.Report(string.Create(CultureInfo.InvariantCulture,
                $"{h.Label}: {overHalf} of {legitimateScores[k].Count} held-out legitimate messages score ≥ 0.5; review {review:0.000} block {block:0.000} context {head.ContextThreshold:0.000}"));
            return head;
        }).ToArray();
        return fit with { Model = fit.Model.WithHeads(calibrated) };
    }

    public static IEnumerable<TrainingExample> ToExamples(IEnumerable<CorpusMessage> messages) =>
        messages.Select(m => new TrainingExample(m.Text, m.Role, m.Labels));

    /// <summary>
    /// The messages weighted by the size of their family group: each weighs n^-<paramref name="familyExponent"/>
    /// (n its group's size), scaled so the weights average 1. A generated family of 450 variants of one template
    /// would otherwise outweigh a hand-written family of 10 different sentences 45 to 1, and the heads learn the
    /// template's n-grams rather than the phenomenon (leave-families-out: held-out look-alike families flagged).
    /// </summary>
    public static IEnumerable<TrainingExample> ToExamples(IReadOnlyList<CorpusMessage> messages, double familyExponent)
    {
        if (familyExponent == 0 || messages.Count == 0) return ToExamples(messages);
        var sizes = messages.CountBy(m => m.FamilyGroup, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var raw = messages.Select(m => Math.Pow(sizes[m.FamilyGroup], -familyExponent)).ToArray();
        var mean = raw.Average();
        return messages.Select((m, i) => new TrainingExample(m.Text, m.Role, m.Labels, Weight: (float)(raw[i] / mean)));
    }

    /// <summary>A chat head per label, a COLD head for abuse when there are extra examples, and the sender head.</summary>
    private HeadSpec[] Heads(IReadOnlyList<TrainingExample> extra) =>
        [.. _labels.Select(l => new HeadSpec(l)), .. extra.Count > 0 && _labels.Contains(Verdicts.Labels.Abuse) ? [new HeadSpec(Verdicts.Labels.Abuse, Extra: true)] : Array.Empty<HeadSpec>(),
            HeadSpec.Sender];
}
