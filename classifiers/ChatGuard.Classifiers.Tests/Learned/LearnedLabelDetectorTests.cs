using ChatGuard.Classifiers.Detection;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Training;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

public class LearnedLabelDetectorTests
{
    private static readonly TextNormalizer Normalizer = new();
    private static readonly LabelModel Model =
        new LabelModelTrainer(Normalizer, new LabelModelTrainerOptions { HashBits = 14, Iterations = 10 })
            .Fit([.. CalibratedTraining.ToExamples(GeneratedCorpus.Make(400, 1))], [Labels.Abuse, Labels.Counterfeit]).Model;

    private static readonly LearnedLabelDetectorOptions NoFloors = new() { MinimumReview = 0, MinimumBlock = 0 };

    /// <param name="rules">Findings of the rule detectors that ran before; only the model's own findings are returned.</param>
    /// <param name="warning">Whether the term rules read the message as a warning.</param>
    private static List<Finding> Detect(LabelModel model, string text, SenderRole role = SenderRole.Buyer, LearnedLabelDetectorOptions? options = null, Finding[]? rules = null,
        bool warning = false)
    {
        var findings = new List<Finding>(rules ?? []);
        var context = new ScanContext(PolicyProfileCatalog.LoadBuiltIn().Get(null), new ScanOptions(Role: role)) { ReadsAsWarning = warning };
        new LearnedLabelDetector(model, options ?? NoFloors).Detect(Normalizer.Normalize(text), context, findings);
        return [.. findings.Where(f => f.Evidence == Evidence.Model)];
    }

    /// <summary>An ambiguous term hit of a label (alone it only holds the message).</summary>
    private static Finding TermHit(string label) => new(label, "C2", 4, 2, Severity.Medium, "term");

    private static float AbuseScore(string text)
    {
        Span<float> p = stackalloc float[2];
        Model.Score(Normalizer.Normalize(text).Text, SenderRole.Buyer, p);
        return p[0];
    }

    private static LabelModel WithAbuseThresholds(float review, float block) =>
        Model.WithHeads([.. Model.Heads.Select(h => h.Label == Labels.Abuse ? h with { ReviewThreshold = review, BlockThreshold = block } : h)]);

    [Fact]
    public void Reports_a_label_from_its_review_threshold_as_model_evidence_with_its_score()
    {
        const string text = "今天坏蛋这个 混账 7";
        var score = AbuseScore(text);

        var at = Detect(WithAbuseThresholds(score, 1.5f), text);
        var above = Detect(WithAbuseThresholds(MathF.BitIncrement(score), 1.5f), text);

        var finding = Assert.Single(at);
        Assert.Equal(Labels.Abuse, finding.Label);
        Assert.Equal(Evidence.Model, finding.Evidence);
        Assert.Equal(score, finding.Score!.Value, 1e-6);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal((0, text.Length), (finding.Start, finding.Length));
        Assert.Empty(above);
    }

    [Fact]
    public void A_head_with_context_words_reports_alone_only_in_their_presence_and_elsewhere_only_beside_a_rule_of_its_label()
    {
        const string plain = "今天坏蛋这个 混账 7";
        const string grouped = "河南人坏蛋这个 混账 7";
        var threshold = Math.Min(AbuseScore(plain), AbuseScore(grouped));
        var model = Model.WithHeads([.. Model.Heads.Select(h => h.Label == Labels.Abuse ? h with { ReviewThreshold = threshold, BlockThreshold = 1.5f, ContextThreshold = threshold } : h)]);

        Assert.Empty(Detect(model, plain));
        Assert.Equal(Labels.Abuse, Assert.Single(Detect(model, plain, rules: [TermHit(Labels.Abuse)])).Label);
        Assert.Equal(Labels.Abuse, Assert.Single(Detect(model, grouped)).Label);
        // Without context words the same thresholds speak alone (the chat heads).
        Assert.Single(Detect(WithAbuseThresholds(threshold, 1.5f), plain));
    }

    [Fact]
    public void A_score_is_critical_only_from_the_block_threshold_up()
    {
        const string text = "今天坏蛋这个 混账 7";
        var score = AbuseScore(text);
        Finding[] rules = [TermHit(Labels.Abuse)];

        var at = Assert.Single(Detect(WithAbuseThresholds(0.5f, score), text, rules: rules));
        var below = Assert.Single(Detect(WithAbuseThresholds(0.5f, MathF.BitIncrement(score)), text, rules: rules));

        Assert.Equal((Severity.Critical, true), (at.Severity, at.Unambiguous));
        Assert.Equal((Severity.Medium, false), (below.Severity, below.Unambiguous));
    }

    [Fact]
    public void A_score_at_its_block_threshold_only_holds_without_a_rule_of_its_label()
    {
        const string text = "今天坏蛋这个 混账 7";
        var model = WithAbuseThresholds(0.5f, AbuseScore(text));

        var alone = Assert.Single(Detect(model, text));
        var otherLabel = Assert.Single(Detect(model, text, rules: [TermHit(Labels.Counterfeit)]));
        var allowedAlone = Assert.Single(Detect(model, text, options: NoFloors with { ScoreBlocksAlone = true }));

        Assert.Equal((Severity.Medium, false), (alone.Severity, alone.Unambiguous));
        Assert.False(otherLabel.Unambiguous);
        Assert.Equal((Severity.Critical, true), (allowedAlone.Severity, allowedAlone.Unambiguous));
    }

    [Fact]
    public void In_a_warning_a_score_alone_speaks_only_for_abuse_and_impersonation()
    {
        const string text = "今天坏蛋这个 混账 7";
        var everything = Model.WithHeads([.. Model.Heads.Select(h => h with { ReviewThreshold = 0, BlockThreshold = 1.5f })]);

        Assert.Equal([Labels.Abuse, Labels.Counterfeit], Detect(everything, text).Select(f => f.Label));
        Assert.Equal([Labels.Abuse], Detect(everything, text, warning: true).Select(f => f.Label));
        Assert.Equal([Labels.Abuse, Labels.Counterfeit], Detect(everything, text, rules: [TermHit(Labels.Counterfeit)], warning: true).Select(f => f.Label));
    }

    [Fact]
    public void The_detector_s_floors_rise_above_thresholds_calibrated_lower()
    {
        const string text = "今天坏蛋这个 混账 7";
        var score = AbuseScore(text);
        var model = WithAbuseThresholds(score / 2, score / 2);

        Assert.Empty(Detect(model, text, options: new LearnedLabelDetectorOptions { MinimumReview = MathF.BitIncrement(score), MinimumBlock = 1 }));
        Assert.Equal(Severity.Medium, Assert.Single(Detect(model, text, options: new LearnedLabelDetectorOptions { MinimumReview = score, MinimumBlock = MathF.BitIncrement(score) })).Severity);
    }

    [Fact]
    public void A_clean_message_gives_no_finding()
    {
        Assert.Empty(Detect(WithAbuseThresholds(0.5f, 0.99f), "请问 parcel 发货 包装 今天"));
    }
}

public class LearnedLabelDetectorContentTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("？！…")]
    public void A_text_without_a_letter_or_digit_gets_no_model_finding_even_at_the_lowest_thresholds(string text)
    {
        var normalizer = new TextNormalizer();
        var model = LabelModel.BuiltIn;
        var anything = model.WithHeads([.. model.Heads.Select(h => h with { ReviewThreshold = 0f, BlockThreshold = 0f })]);
        var findings = new List<Finding>();
        new LearnedLabelDetector(anything).Detect(normalizer.Normalize(text),
            new ScanContext(PolicyProfileCatalog.LoadBuiltIn().Get(null), new ScanOptions(Role: SenderRole.Buyer)), findings);
        Assert.Empty(findings);
    }

    private static List<Finding> DetectAtZeroThresholds(string text, Finding[]? rules = null)
    {
        var model = LabelModel.BuiltIn;
        var anything = model.WithHeads([.. model.Heads.Select(h => h with { ReviewThreshold = 0f, BlockThreshold = 0f })]);
        var findings = new List<Finding>(rules ?? []);
        new LearnedLabelDetector(anything).Detect(new TextNormalizer().Normalize(text),
            new ScanContext(PolicyProfileCatalog.LoadBuiltIn().Get(null), new ScanOptions(Role: SenderRole.Agent)), findings);
        return [.. findings.Where(f => f.Evidence == Evidence.Model)];
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("客服你好在吗")]               // six characters
    [InlineData("thank you so much, bye")]     // five words
    public void A_short_message_gets_no_score_alone_even_at_the_lowest_thresholds(string text) =>
        Assert.Empty(DetectAtZeroThresholds(text));

    [Theory]
    [InlineData("客服你好，在吗？")]           // six characters still, punctuation is no word
    public void Punctuation_does_not_make_a_message_long_enough(string text) => Assert.Empty(DetectAtZeroThresholds(text));

    [Fact]
    public void Seven_words_are_enough_and_a_rule_of_the_label_lets_a_short_message_be_scored()
    {
        Assert.NotEmpty(DetectAtZeroThresholds("客服你好，请问在吗"));
        var rule = new Finding(Labels.Abuse, "C2", 0, 2, Severity.High, "insult");
        Assert.Contains(DetectAtZeroThresholds("你好", [rule]), f => f.Label == Labels.Abuse);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("客服你好")]
    [InlineData("谢谢你")]
    [InlineData("你是真人吗")]
    [InlineData("hi")]
    public void A_buyer_s_greeting_is_allowed_through_the_pipeline(string text)
    {
        using var pipeline = ModerationPipeline.CreateDefault();
        Assert.Equal(ModerationAction.Allow, pipeline.Scan(pipeline.Normalize(text), new ScanOptions(Role: SenderRole.Buyer)).Action);
    }

    [Fact]
    public void An_image_sent_without_a_caption_is_allowed_through_the_pipeline()
    {
        using var pipeline = ModerationPipeline.CreateDefault();
        Assert.Equal(ModerationAction.Allow, pipeline.Scan(pipeline.Normalize(""), new ScanOptions(Role: SenderRole.Buyer)).Action);
    }
}
