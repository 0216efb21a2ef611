using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

public class LabelModelTests
{
    private static readonly string[] TwoLabels = [Labels.Abuse, Labels.Counterfeit];
    private static readonly TextNormalizer Normalizer = new();
    private static readonly Lazy<LabelModelFit> SmallFit = new(() =>
        new LabelModelTrainer(Normalizer, new LabelModelTrainerOptions { HashBits = 14, Iterations = 10 })
            .Fit([.. CalibratedTraining.ToExamples(GeneratedCorpus.Make(400, 1))], TwoLabels));

    [Fact]
    public void A_model_trained_on_a_small_generated_set_predicts_held_out_messages()
    {
        var model = SmallFit.Value.Model;
        Span<float> p = stackalloc float[2];
        foreach (var m in GeneratedCorpus.Make(80, 2))
        {
            model.Score(Normalizer.Normalize(m.Text).Text, m.Role, p);
            Assert.Equal(m.Labels.Contains(Labels.Abuse), p[0] >= 0.5f);
            Assert.Equal(m.Labels.Contains(Labels.Counterfeit), p[1] >= 0.5f);
        }
    }

    [Fact]
    public void The_exported_scorer_gives_the_probabilities_of_the_ML_NET_prediction_engine()
    {
        var fit = SmallFit.Value;
        Span<float> p = stackalloc float[2];
        var engines = TwoLabels.Select(fit.CreateEngine).ToArray();
        foreach (var m in GeneratedCorpus.Make(60, 3))
        {
            fit.Model.Score(Normalizer.Normalize(m.Text).Text, m.Role, p);
            for (var k = 0; k < TwoLabels.Length; k++)
                Assert.Equal(engines[k].Predict(fit.Featurize(m.Text, m.Role)).Probability, p[k], 1e-4f);
        }
    }

    [Fact]
    public void Saves_and_loads_the_same_model()
    {
        var model = SmallFit.Value.Model.WithHeads([.. SmallFit.Value.Model.Heads.Select(h => h with { ReviewThreshold = 0.6f, BlockThreshold = 0.97f })]);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var loaded = LabelModel.Read(buffer);

        Assert.Equal(model.HashBits, loaded.HashBits);
        Assert.Equal(model.Heads, loaded.Heads);
        Assert.Equal(model.NormalizerFingerprint, loaded.NormalizerFingerprint);
        Span<float> a = stackalloc float[2], b = stackalloc float[2];
        foreach (var m in GeneratedCorpus.Make(40, 4))
        {
            var text = Normalizer.Normalize(m.Text).Text;
            model.Score(text, m.Role, a);
            loaded.Score(text, m.Role, b);
            Assert.Equal(a.ToArray(), b.ToArray());
        }
    }

    [Fact]
    public void Rejects_a_file_that_is_not_a_model()
    {
        using var gzip = new MemoryStream();
        using (var writer = new System.IO.Compression.GZipStream(gzip, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            writer.Write("not a model at all"u8);
        gzip.Position = 0;

        Assert.Throws<InvalidDataException>(() => LabelModel.Read(gzip));
    }

    [Fact]
    public void The_shipped_model_matches_the_features_and_the_normalizer_it_is_run_behind()
    {
        // If this fails, the normalizer or TextFeatures changed: retrain (classifiers/models/README.md) and commit the model.
        Assert.True(LabelModel.LoadBuiltIn().MatchesRuntime(Normalizer));
    }

    [Fact]
    public void The_shipped_model_separates_violations_from_shop_talk()
    {
        var model = LabelModel.BuiltIn;
        var p = new float[model.Heads.Count];
        float Score(string text, string label)
        {
            model.Score(Normalizer.Normalize(text).Text, SenderRole.Agent, p);
            return p[model.IndexOf(label)];
        }

        Assert.True(Score("你们这群废物骗子，全家都不得好死", Labels.Abuse) > 0.9f);
        Assert.True(Score("五星好评截图发我返红包", Labels.ReviewSolicitation) > 0.9f);
        Assert.True(Score("请问这件外套什么时候发货？", Labels.Abuse) < 0.3f);
        Assert.True(Score("请问这件外套什么时候发货？", Labels.ReviewSolicitation) < 0.3f);
    }

    [Fact]
    public void Scoring_allocates_nothing()
    {
        var model = LabelModel.BuiltIn;
        var text = Normalizer.Normalize("亲，你们到底发不发货？what a joke, 等了一个星期了").Text;
        var longText = string.Concat(Enumerable.Repeat(text, 20));
        var p = new float[model.Heads.Count];
        model.Score(text, SenderRole.Buyer, p);
        model.Score(longText, SenderRole.Buyer, p);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            model.Score(text, SenderRole.Buyer, p);
            model.Score(longText, SenderRole.Unknown, p);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_long_message_scores_as_its_worst_window()
    {
        var model = SmallFit.Value.Model;
        var padding = string.Concat(Enumerable.Repeat("请问这件外套什么时候发货，尺码是标准的吗。", 30));
        var text = Normalizer.Normalize(padding + "今天坏蛋这个 混账").Text;
        var features = new int[TextFeatures.MaxFeaturesPerWindow];
        Span<float> sums = stackalloc float[2], whole = stackalloc float[2];
        var expected = new float[2];
        for (var start = 0; ; start += TextFeatures.WindowChars / 2)
        {
            var window = text.AsSpan(start, Math.Min(text.Length - start, TextFeatures.WindowChars));
            model.Sums(features.AsSpan(0, TextFeatures.Extract(window, SenderRole.Buyer, model.HashBits, features)), sums);
            for (var k = 0; k < 2; k++) expected[k] = Math.Max(expected[k], model.Heads[k].Probability(sums[k]));
            if (start + TextFeatures.WindowChars >= text.Length) break;
        }

        model.Score(text, SenderRole.Buyer, whole);

        Assert.True(text.Length > 2 * TextFeatures.WindowChars);
        for (var k = 0; k < 2; k++) Assert.Equal(expected[k], whole[k], 1e-6f);
    }

    [Fact]
    public void Heads_summed_eight_as_one_vector_score_exactly_as_summed_one_by_one()
    {
        // The shipped model has more than eight heads, so Score adds each bucket's first eight weights as one vector
        // and the rest one by one; Sums adds them one head at a time. Given the distinct features in the order Score
        // meets them, the same floats, to the bit.
        var model = LabelModel.BuiltIn;
        var heads = model.Heads.Count;
        Assert.True(heads > 8);
        var features = new int[TextFeatures.MaxFeaturesPerWindow];
        Span<float> sums = stackalloc float[heads], scored = stackalloc float[heads];
        foreach (var m in GeneratedCorpus.Make(60, 7))
        {
            var text = Normalizer.Normalize(m.Text).Text;
            var count = TextFeatures.ExtractAll(text, m.Role, model.HashBits, features);
            model.Sums([.. features[..count].Distinct()], sums);
            model.Score(text, m.Role, scored);
            for (var k = 0; k < heads; k++) Assert.Equal(model.Heads[k].Probability(sums[k]), scored[k]);
        }
    }

    [Fact]
    public void Feature_extraction_is_sorted_distinct_deterministic_and_reads_the_role()
    {
        var features = new int[TextFeatures.MaxFeaturesPerWindow];
        var again = new int[TextFeatures.MaxFeaturesPerWindow];
        var buyer = new int[TextFeatures.MaxFeaturesPerWindow];

        var count = TextFeatures.Extract("you are a liar, a liar!", SenderRole.Agent, 16, features);
        var count2 = TextFeatures.Extract("you are a liar, a liar!", SenderRole.Agent, 16, again);
        var unknown = TextFeatures.Extract("you are a liar, a liar!", SenderRole.Unknown, 16, buyer);

        Assert.Equal(features[..count], again[..count2]);
        for (var i = 1; i < count; i++) Assert.True(features[i] > features[i - 1]);
        Assert.All(features[..count], f => Assert.InRange(f, 0, (1 << 16) - 1));
        Assert.Equal(count - 1, unknown);
    }
}
