using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Training.Evaluation;

/// <summary>
/// The honest figure: the corpus's family groups are split into folds; for each fold a label model is fitted and
/// its thresholds calibrated on the other folds only (<see cref="CalibratedTraining"/>, its own inner family folds),
/// and the whole pipeline with that model judges the held-out fold, whose techniques it has never seen.
/// The folds' verdicts pool into one <see cref="CorpusEvaluation"/>.
/// </summary>
/// <param name="labels">The learned heads; <see cref="CalibratedTraining.LearnedLabels"/> when null.</param>
public sealed class LeaveFamiliesOut(ITextNormalizer normalizer, LabelModelTrainer trainer, LexiconCatalog lexicons, IReadOnlyList<string>? labels = null)
{
    /// <param name="contextDev">Labeled abuse texts (COLD dev) for the COLD head's context threshold, as in training.</param>
    /// <param name="rolesUnsaid">Judges the held-out messages without their senders (<see cref="CorpusEvaluation.RolesUnsaid"/>); training keeps them.</param>
    public CorpusEvaluation Run(IReadOnlyList<CorpusMessage> corpus, IReadOnlyList<TrainingExample> extra, int folds, int calibrationFolds,
        string? profile, IProgress<string>? progress = null, Action<CorpusMessage, Verdict>? onError = null, CancellationToken ct = default,
        IReadOnlyList<Data.LabeledText>? contextDev = null, bool rolesUnsaid = false)
    {
        var split = new FamilyFolds(folds);
        var evaluation = new CorpusEvaluation { RolesUnsaid = rolesUnsaid };
        for (var fold = 0; fold < folds; fold++)
        {
            var (train, heldOut) = split.Split(corpus, fold);
            EnsureDisjoint(train, heldOut);
            progress?.Report($"fold {fold + 1}/{folds}: {heldOut.Select(m => m.FamilyGroup).Distinct().Count()} family groups held out ({heldOut.Count} messages)");
            var fit = new CalibratedTraining(normalizer, trainer, labels).Fit(train, extra, calibrationFolds, progress, ct, contextDev);
            using var pipeline = new ModerationPipeline(normalizer, ModerationPipeline.CreateDetectors(lexicons, normalizer, fit.Model), PolicyProfileCatalog.LoadBuiltIn(),
                SenderRoleReader.For(fit.Model));
            evaluation.Run(pipeline, heldOut, profile, onError, ct);
        }
        return evaluation;
    }

    /// <summary>No family group may be on both sides: that would measure memory, not generalization.</summary>
    public static void EnsureDisjoint(IEnumerable<CorpusMessage> train, IEnumerable<CorpusMessage> heldOut)
    {
        var held = heldOut.Select(m => m.FamilyGroup).ToHashSet(StringComparer.Ordinal);
        var leaked = train.Select(m => m.FamilyGroup).FirstOrDefault(held.Contains);
        if (leaked is not null) throw new InvalidOperationException($"family group {leaked} is both trained on and held out");
    }
}
