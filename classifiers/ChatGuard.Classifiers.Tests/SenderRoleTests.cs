namespace ChatGuard.Classifiers.Tests;

/// <summary>Issue 16: soliciting reviews, exaggerated claims, posing as the platform and offering fakes are what a shop does.</summary>
public class SenderRoleTests
{
    private static IReadOnlyList<string> Labels(string text, SenderRole role)
    {
        var pipeline = LabelAssert.Pipeline;
        return pipeline.Scan(pipeline.Normalize(text), new ScanOptions(Role: role)).Labels;
    }

    [Theory]
    [InlineData("已经给你们五星好评了")]
    [InlineData("好评返现是真的吗？")]
    [InlineData("是正品吗，不会是高仿吧")]
    [InlineData("这双鞋跟官网的一样吗，不会是假货吧")]
    [InlineData("Are these authentic or replicas?")]
    [InlineData("你们说包治百病，是真的吗")]
    [InlineData("我是抖音客服的老用户了")]
    public void A_buyer_asking_or_reporting_is_clean(string text) => Assert.Empty(Labels(text, SenderRole.Buyer));

    [Theory]
    [InlineData("五星好评截图发我返红包", "review_solicitation")]
    [InlineData("好评返现5元", "review_solicitation")]
    [InlineData("我们家是高仿，跟专柜一模一样", "counterfeit")]
    [InlineData("包治百病，一次见效", "exaggerated_claims")]
    public void The_same_words_from_the_shop_or_an_unknown_sender_are_flagged(string text, string label)
    {
        Assert.Contains(label, Labels(text, SenderRole.Agent));
        Assert.Contains(label, Labels(text, SenderRole.Bot));
        Assert.Contains(label, Labels(text, SenderRole.Unknown));
    }
}
