using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: a buyer telling the shop that someone added them on an IM app, claiming to be the shop, reports a scam;
/// it is not contact diversion. The same words as an invitation from the shop stay caught.
/// </summary>
public class ScamReportTests
{
    private static Verdict Scan(string text, SenderRole role)
    {
        var pipeline = LabelAssert.Pipeline;
        return pipeline.Scan(pipeline.Normalize(text), new ScanOptions(Role: role));
    }

    [Theory]
    [InlineData("昨天有个人加我微信，说是你们店的售后，让我点链接")]
    [InlineData("一个QQ号加我好友，说他是你们的客服，要我先交保证金")]
    [InlineData("a guy added me on telegram claiming to be your support team, is that really you?")]
    [InlineData("got a message on whatsapp from someone pretending to be the shop, beware")]
    public void A_buyer_reporting_a_stranger_on_an_im_app_is_clean(string text)
    {
        var verdict = Scan(text, SenderRole.Buyer);
        Assert.True(verdict.IsClean, $"{text}: {string.Join("; ", verdict.Findings.Select(f => $"{f.Label} {f.Detail}"))}");
    }

    [Theory]
    [InlineData("加我微信 kefu_0923 给您退款", SenderRole.Agent)]
    [InlineData("add me on telegram @shopdeals88 for a discount", SenderRole.Agent)]
    [InlineData("有问题加我微信", SenderRole.Agent)]
    public void The_invitation_itself_stays_caught(string text, SenderRole role) =>
        Assert.Contains(Labels.ContactDiversion, Scan(text, role).Labels);
}
