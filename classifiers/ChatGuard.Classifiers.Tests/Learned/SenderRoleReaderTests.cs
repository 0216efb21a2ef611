using ChatGuard.Classifiers.Detection;
using ChatGuard.Classifiers.Detection.Learned;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

/// <summary>The shipped model's sender head: a buyer's voice read where the sender is not said.</summary>
public sealed class SenderRoleReaderTests
{
    private static readonly TextNormalizer Normalizer = new();
    private static readonly SenderRoleReader Reader = SenderRoleReader.For(LabelModel.BuiltIn)!;

    [Theory]
    [InlineData("我上周买的鞋子到现在还没发货，你们到底什么时候发")]
    [InlineData("收到的衣服袖子开线了，我要退货")]
    [InlineData("hi, my order still says processing after 6 days, can you check?")]
    public void Reads_a_buyer_asking_about_their_order(string text) =>
        Assert.Equal(SenderRole.Buyer, Reader.Read(Normalizer.Normalize(text)));

    [Theory]
    [InlineData("亲亲，您的订单已经发货了哦，请注意查收")]
    [InlineData("Thanks for shopping with us! Your parcel was handed to the courier this morning.")]
    public void Leaves_a_shop_s_reply_unread(string text) =>
        Assert.Equal(SenderRole.Unknown, Reader.Read(Normalizer.Normalize(text)));

    [Fact]
    public void A_buyer_s_authenticity_question_without_a_role_is_not_judged_as_a_shop_s_offer_of_fakes()
    {
        var verdict = LabelAssert.Pipeline.Scan("你们家这个包是正品吗？不会是高仿吧，我之前在别家买到过假的");
        Assert.DoesNotContain(Labels.Counterfeit, verdict.Labels);
    }

    [Fact]
    public void A_shop_s_offer_of_fakes_without_a_role_is_still_counterfeit() =>
        LabelAssert.Flags(Labels.Counterfeit, "亲，我们家是高仿的，做工跟专柜一模一样，放心拍");

    [Fact]
    public void The_sender_head_is_never_reported_as_a_label()
    {
        var verdict = LabelAssert.Pipeline.Scan("我上周买的鞋子到现在还没发货，你们到底什么时候发");
        Assert.All(verdict.Findings, f => Assert.Contains(f.Label, Labels.All));
    }

    [Theory]
    [InlineData("亲，我们家是高仿的，做工跟专柜一模一样，放心拍")]
    [InlineData("好评返现五块，截图发我微信就行")]
    [InlineData("亲，我们家这款面霜三天祛斑，无效全额退款，全网效果最好")]
    public void The_learned_heads_read_the_reader_s_scores_as_if_they_had_scored_the_message_themselves(string text)
    {
        var normalized = Normalizer.Normalize(text);
        var scores = Reader.Score(normalized);
        Assert.NotNull(scores);
        Assert.Equal(SenderRole.Unknown, Reader.Read(scores));
        var profile = PolicyProfileCatalog.LoadBuiltIn().Get(null);
        var detector = new LearnedLabelDetector(LabelModel.BuiltIn, new LearnedLabelDetectorOptions());
        var reused = new List<Finding>();
        detector.Detect(normalized, new ScanContext(profile, ScanOptions.Default) { RoleLessScores = scores }, reused);
        var fresh = new List<Finding>();
        detector.Detect(normalized, new ScanContext(profile, ScanOptions.Default), fresh);
        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, reused);
    }

    [Fact]
    public void Too_short_a_message_is_not_scored_to_read_its_sender() =>
        Assert.Null(Reader.Score(Normalizer.Normalize("是正品吗")));

    [Fact]
    public void A_model_without_a_sender_head_reads_no_one()
    {
        var model = new LabelModel(10, [new LabelHead(Labels.Abuse, 0, 1, 0, 0.5f, 0.9f)], new float[1 << 10], TextFeatures.Version, 0);
        Assert.Null(SenderRoleReader.For(model));
    }
}
