using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Training.Evaluation;

namespace ChatGuard.Classifiers.Tests.Learned;

public class LeaveFamiliesOutTests
{
    [Fact]
    public void No_fold_trains_on_a_family_it_holds_out_in_any_language()
    {
        var corpus = GeneratedCorpus.Make(600, 5);
        var folds = new FamilyFolds(3);

        for (var fold = 0; fold < folds.Count; fold++)
        {
            var (train, heldOut) = folds.Split(corpus, fold);
            Assert.Empty(train.Select(m => m.FamilyGroup).Intersect(heldOut.Select(m => m.FamilyGroup)));
            Assert.Equal(corpus.Count, train.Count + heldOut.Count);
            LeaveFamiliesOut.EnsureDisjoint(train, heldOut);
        }
        // The language is not part of the group: a technique's English and Chinese lines fall in the same fold.
        Assert.All(corpus.GroupBy(m => m.FamilyGroup), g => Assert.Single(g.Select(folds.FoldOf).Distinct()));
    }

    [Fact]
    public void A_leaked_family_is_refused()
    {
        var corpus = GeneratedCorpus.Make(40, 6);

        Assert.Throws<InvalidOperationException>(() => LeaveFamiliesOut.EnsureDisjoint(corpus, corpus.Take(1)));
    }

    [Fact]
    public void Runs_every_fold_and_pools_every_held_out_message_once()
    {
        var corpus = GeneratedCorpus.Make(400, 7);
        var normalizer = new TextNormalizer();
        using var lexicons = new LexiconCatalog(normalizer);
        var trainer = new LabelModelTrainer(normalizer, new LabelModelTrainerOptions { HashBits = 14, Iterations = 10 });
        var progress = new List<string>();

        var evaluation = new LeaveFamiliesOut(normalizer, trainer, lexicons, [Verdicts.Labels.Abuse, Verdicts.Labels.Counterfeit])
            .Run(corpus, [], folds: 2, calibrationFolds: 2, profile: null, new SynchronousProgress(progress));

        Assert.Equal(corpus.Count, evaluation.Messages);
        Assert.Equal(corpus.Count(m => m.IsLegitimate), evaluation.Legitimate);
        Assert.Contains(progress, p => p.StartsWith("fold 2/2", StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(List<string> sink) : IProgress<string>
    {
        public void Report(string value) => sink.Add(value);
    }
}
