using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Tests.Abuse;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Verdicts;
using Microsoft.ML.Data;

namespace ChatGuard.Classifiers.Tests.Learned;

public class NaiveBayesScalingTests
{
    private static readonly TextNormalizer Normalizer = new();
    private static readonly HeadSpec ColdHead = new(Labels.Abuse, Extra: true);

    private static FeatureRow Row(bool label, params int[] buckets) =>
        new() { Label = label, Weight = 1, Features = new VBuffer<float>(1 << 10, buckets.Length, [.. buckets.Select(_ => 1f)], buckets) };

    [Fact]
    public void A_bucket_seen_with_positives_gets_a_positive_ratio_and_one_seen_with_negatives_a_negative_one()
    {
        FeatureRow[] rows = [Row(true, 1, 3), Row(true, 1, 3), Row(false, 2, 3), Row(false, 2, 3)];

        var scaling = NaiveBayesScaling.Fit(rows, 10, smoothing: 1);

        Assert.True(scaling[1] > 0);
        Assert.True(scaling[2] < 0);
        Assert.Equal(0, scaling[3], 1e-6f); // as often on both sides
        Assert.Equal(0, scaling[4], 1e-6f); // never seen
        var scaled = scaling.Scale(rows[0].Features);
        Assert.Equal([scaling[1], scaling[3]], scaled.GetValues().ToArray());
        Assert.Equal([1f, 1f], rows[0].Features.GetValues().ToArray()); // the input is left as it was
    }

    [Fact]
    public void The_exported_scorer_folds_the_ratios_into_the_weights_and_gives_ML_NET_s_probabilities()
    {
        var extra = AbuseEvaluator.ToExamples(GeneratedAbuseData.Make(300, 5)).ToList();
        var fit = new LabelModelTrainer(Normalizer, new LabelModelTrainerOptions { HashBits = 14, Iterations = 10 })
            .Fit(extra, [ColdHead]);
        var engine = fit.CreateEngine(ColdHead);
        Span<float> p = stackalloc float[1];

        Assert.True(fit.Scalings.ContainsKey(ColdHead));
        foreach (var row in GeneratedAbuseData.Make(60, 6))
        {
            fit.Model.Score(Normalizer.Normalize(row.Text).Text, SenderRole.Unknown, p);
            Assert.Equal(engine.Predict(fit.FeaturizeFor(ColdHead, row.Text, SenderRole.Unknown)).Probability, p[0], 1e-4f);
            Assert.Equal(row.Offensive, p[0] >= 0.5f);
        }
    }

    [Fact]
    public void Chat_heads_are_fitted_on_the_plain_features()
    {
        var fit = new LabelModelTrainer(Normalizer, new LabelModelTrainerOptions { HashBits = 14, Iterations = 10 })
            .Fit([.. CalibratedTraining.ToExamples(GeneratedCorpus.Make(200, 1))], [Labels.Abuse]);

        Assert.Empty(fit.Scalings);
    }
}
