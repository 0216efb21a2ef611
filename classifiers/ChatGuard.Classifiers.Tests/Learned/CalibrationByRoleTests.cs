using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Training.Corpus;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

public class CalibrationByRoleTests
{
    private static readonly string[] Solicit = ["好评返现", "五星返红包", "晒图送券", "cashback for stars", "refund for a review"];
    private static readonly string[] Plain = ["已经发货", "尺码偏大", "包装完好", "parcel shipped", "invoice attached"];
    private static readonly string[] Filler = ["亲", "今天", "这个", "the", "and"];

    /// <summary>
    /// Shops solicit reviews; buyers quote the same words asking whether an offer is real. The review head does not
    /// judge buyers, so their lines must not set its thresholds.
    /// </summary>
    private static List<CorpusMessage> Corpus()
    {
        var random = new Random(11);
        string Line(string[] words, int i) => $"{Filler[random.Next(Filler.Length)]}{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {i}";
        var messages = new List<CorpusMessage>();
        for (var i = 0; i < 240; i++)
        {
            var (text, labels, role, family) = (i % 3) switch
            {
                0 => (Line(Solicit, i), new[] { Labels.ReviewSolicitation }, SenderRole.Agent, $"solicit-{i % 12}/review_solicitation/zh-Hans"),
                1 => (Line(Plain, i), Array.Empty<string>(), SenderRole.Agent, $"plain-{i % 12}/none/zh-Hans"),
                _ => (Line(Solicit, i) + " 吗", Array.Empty<string>(), SenderRole.Buyer, $"quote-{i % 12}/none/zh-Hans"),
            };
            messages.Add(new CorpusMessage($"r{i}", text, labels, role, "zh-Hans", family));
        }
        return messages;
    }

    [Fact]
    public void A_shop_conduct_head_reads_its_thresholds_off_the_legitimate_lines_of_the_senders_it_judges()
    {
        var normalizer = new TextNormalizer();
        // Fitted without roles, so the buyers' quotes score as what their words say.
        var trainer = new LabelModelTrainer(normalizer, new LabelModelTrainerOptions { HashBits = 14, Iterations = 10, RoleDropout = 1 });
        var judged = (Scores: new List<float>(), Families: new List<string>());
        var all = (Scores: new List<float>(), Families: new List<string>());

        var fit = new CalibratedTraining(normalizer, trainer, [Labels.ReviewSolicitation]).Fit(Corpus(), [], calibrationFolds: 3,
            onHeldOut: (m, _, scores) =>
            {
                if (!m.IsLegitimate) return;
                all.Scores.Add(scores[0]);
                all.Families.Add(m.FamilyGroup);
                if (m.Role == SenderRole.Buyer) return;
                judged.Scores.Add(scores[0]);
                judged.Families.Add(m.FamilyGroup);
            });

        Assert.True(ShopConduct.IsShopConduct(Labels.ReviewSolicitation));
        var head = fit.Model.Heads[0];
        var expected = ThresholdCalibrator.Calibrate(judged.Scores, judged.Families, trainer.Options.Thresholds);
        Assert.Equal(expected.Review, head.ReviewThreshold);
        Assert.Equal(expected.Block, head.BlockThreshold);
        // The buyers' quotes score high: read off every line, the threshold would have been higher.
        var pooled = ThresholdCalibrator.Calibrate(all.Scores, all.Families, trainer.Options.Thresholds);
        Assert.True(pooled.Review > head.ReviewThreshold, $"pooled {pooled.Review} judged {head.ReviewThreshold}");
    }

    [Theory]
    [InlineData(Labels.ReviewSolicitation, SenderRole.Buyer, false)]
    [InlineData(Labels.Impersonation, SenderRole.Buyer, false)]
    [InlineData(Labels.ExaggeratedClaims, SenderRole.Buyer, false)]
    [InlineData(Labels.ExaggeratedClaims, SenderRole.Agent, true)]
    [InlineData(Labels.ReviewSolicitation, SenderRole.Unknown, true)]
    [InlineData(Labels.Counterfeit, SenderRole.Buyer, true)]
    [InlineData(Labels.Abuse, SenderRole.Buyer, true)]
    public void Heads_of_shop_conduct_judge_everyone_but_buyers(string label, SenderRole role, bool judges) =>
        Assert.Equal(judges, ShopConduct.Judges(label, role));
}
