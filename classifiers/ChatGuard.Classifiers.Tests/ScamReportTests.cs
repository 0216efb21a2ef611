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

    // C1/C4: a buyer asking whether a stranger's number or ask is the shop's reports it.
    [Theory]
    [InlineData("is +234 803 555 0192 your official number? they said my parcel needs a release payment")]
    [InlineData("a man in the live comments keeps saying pay him by Zelle for half price, is he with your shop")]
    [InlineData("一个陌生号码叫我扫码付款退运费，你们知道这个人吗")]
    [InlineData("I reported a fake account that asked me to send money to +233 20 555 0147")]
    [InlineData("a man called from 0917 880 2231 about my parcel, is that really your rider?")]
    public void A_report_of_a_strangers_ask_is_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("pay me by Zelle and I ship today, the app takes too long", SenderRole.Agent)]
    [InlineData("others are fakes, our real WhatsApp is +234 803 555 0192, message us there", SenderRole.Agent)]
    public void The_ask_itself_stays_caught(string text, SenderRole role) =>
        Assert.Contains(Scan(text, role).Findings, f => f.Evidence != Evidence.Model);
}
