using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;

namespace ChatGuard.Classifiers.Tests.Abuse;

public class AbuseModelTests
{
    private static readonly AbuseTrainerOptions SmallOptions = new() { HashBits = 14, Epochs = 4 };

    [Fact]
    public void Inference_that_skips_repeated_features_scores_exactly_as_the_sorted_distinct_features_the_model_was_trained_on()
    {
        var normalizer = new TextNormalizer();
        var model = AbuseModel.BuiltIn;
        var features = new int[AbuseFeatures.MaxFeaturesPerWindow];
        var random = new Random(7);
        var texts = GeneratedAbuseData.Make(200, 4).Select(r => r.Text)
            .Append("哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈") // one feature repeated many times
            .Append("")
            .Append(new string([.. Enumerable.Range(0, 700).Select(_ => (char)random.Next(0x4e00, 0x4e40))])) // several windows
            .Append(string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i % 17}")));
        foreach (var raw in texts)
        {
            var text = normalizer.Normalize(raw).Text;
            var expected = 0f;
            for (var start = 0; ; start += AbuseFeatures.WindowChars / 2)
            {
                var window = text.AsSpan(start, Math.Min(text.Length - start, AbuseFeatures.WindowChars));
                var count = AbuseFeatures.Extract(window, model.HashBits, features);
                expected = Math.Max(expected, model.Probability(features.AsSpan(0, count)));
                if (start + AbuseFeatures.WindowChars >= text.Length) break;
            }
            Assert.Equal(expected, model.Score(text));
        }
    }

    [Fact]
    public void Trains_saves_and_loads_the_same_model()
    {
        var normalizer = new TextNormalizer();
        var model = new AbuseTrainer(normalizer, SmallOptions).Train(GeneratedAbuseData.Make(400, 1), GeneratedAbuseData.Make(100, 2));

        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var loaded = AbuseModel.Read(buffer);

        Assert.Equal(model.HashBits, loaded.HashBits);
        Assert.Equal(model.Threshold, loaded.Threshold);
        Assert.Equal(model.NormalizerFingerprint, loaded.NormalizerFingerprint);
        var held = GeneratedAbuseData.Make(60, 3);
        foreach (var row in held)
        {
            var text = normalizer.Normalize(row.Text).Text;
            Assert.Equal(model.Score(text), loaded.Score(text));
            Assert.Equal(row.Offensive, loaded.Score(text) >= loaded.Threshold);
        }
    }

    [Fact]
    public void Rejects_a_file_that_is_not_a_model()
    {
        using var gzip = new MemoryStream();
        using (var writer = new System.IO.Compression.GZipStream(gzip, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            writer.Write("not a model at all"u8);
        gzip.Position = 0;

        Assert.Throws<InvalidDataException>(() => AbuseModel.Read(gzip));
    }

    [Fact]
    public void The_shipped_model_matches_the_features_and_the_normalizer_it_is_run_behind()
    {
        // If this fails, the normalizer or AbuseFeatures changed: retrain (classifiers/models/README.md) and commit the model.
        var model = AbuseModel.LoadBuiltIn();

        Assert.Equal(AbuseFeatures.Version, model.FeatureVersion);
        Assert.Equal(AbuseFeatures.NormalizerFingerprint(new TextNormalizer()), model.NormalizerFingerprint);
    }

    [Fact]
    public void The_shipped_model_separates_an_insult_from_a_shipping_question()
    {
        var model = AbuseModel.LoadBuiltIn();
        var normalizer = new TextNormalizer();

        Assert.True(model.Score(normalizer.Normalize("你们这群废物骗子，全家都不得好死").Text) > 0.9f);
        Assert.True(model.Score(normalizer.Normalize("请问这件外套什么时候发货？").Text) < 0.3f);
    }

    [Fact]
    public void Scoring_allocates_nothing()
    {
        var model = AbuseModel.LoadBuiltIn();
        var text = new TextNormalizer().Normalize("亲，你们到底发不发货？what a joke, 等了一个星期了").Text;
        var longText = string.Concat(Enumerable.Repeat(text, 20));
        model.Score(text);
        model.Score(longText);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            model.Score(text);
            model.Score(longText);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_long_message_scores_as_its_worst_window()
    {
        var model = AbuseModel.LoadBuiltIn();
        var normalizer = new TextNormalizer();
        var padding = string.Concat(Enumerable.Repeat("请问这件外套什么时候发货，尺码是标准的吗。", 20));
        var insult = normalizer.Normalize("你们这群废物骗子，全家都不得好死").Text;

        var score = model.Score(normalizer.Normalize(padding).Text + insult);

        Assert.True(padding.Length > AbuseFeatures.WindowChars);
        Assert.Equal(model.Score(insult), score, 0.2f);
        Assert.True(score > 0.5f);
    }

    [Fact]
    public void Feature_extraction_is_sorted_distinct_and_deterministic()
    {
        var features = new int[AbuseFeatures.MaxFeaturesPerWindow];
        var again = new int[AbuseFeatures.MaxFeaturesPerWindow];

        var count = AbuseFeatures.Extract("you are a liar, a liar!", 16, features);
        var count2 = AbuseFeatures.Extract("you are a liar, a liar!", 16, again);

        Assert.Equal(count, count2);
        Assert.Equal(features[..count], again[..count2]);
        for (var i = 1; i < count; i++) Assert.True(features[i] > features[i - 1]);
        Assert.All(features[..count], f => Assert.InRange(f, 0, (1 << 16) - 1));
    }
}
