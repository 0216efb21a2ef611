using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 in the fake-department scripts of session 24: a meeting or remote-access app to install for a claim or a refund
/// (云视讯 会议号, 屏幕共享软件, AnyDesk, a Zoom meeting), a QR code to unfreeze an account or to read with a banking app, a
/// named officer to contact on WhatsApp. Look-alikes stay clean: a projector's screen sharing, a camera's zoom, sunflower
/// seeds, a buyer proposing a meeting about a wholesale order, a buyer whose screen sharing does not work.
/// Phrased apart from the corpora.
/// </summary>
public class RemoteSessionAndNoticeContactTests
{
    [Theory]
    [InlineData("您好，这边是售后理赔中心，为了给您办理赔付，请先下载腾讯会议，会议号 512 774 903")]
    [InlineData("快递丢件给您三倍赔偿，需要您安装一个屏幕共享软件，我远程指导您操作")]
    [InlineData("To process your refund please download AnyDesk and send me the 9-digit code")]
    [InlineData("退款到账前，开一下共享屏幕，我看着您点")]
    [InlineData("Your claim is approved: install Zoom app and join the meeting so our agent can verify your wallet")]
    public void A_meeting_or_remote_access_app_for_a_claim_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("这款投影仪支持屏幕共享，手机一键投屏，不满意七天无理由退款")]
    [InlineData("相机光学zoom 10倍，到货有问题可以退款")]
    [InlineData("向日葵瓜子下单送两包，坏了包赔")]
    public void A_product_feature_near_a_refund_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("我们公司要批一百件，方便的话开个腾讯会议聊聊价格吗")]
    [InlineData("平板的屏幕共享打不开，下载了官方app也不行，能退款吗")]
    public void A_buyer_naming_a_meeting_or_a_broken_feature_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("[Notice] your buyer account is frozen, scan the QR code to unfreeze it within 24h")]
    [InlineData("平台风控通知：扫描下方QR码进入官方售后群，核实后退款")]
    [InlineData("Security team here: scan this QR with your banking app to confirm the refund")]
    [InlineData("NOTICE: a complaint was filed against your order. Contact our case officer on WhatsApp today")]
    public void A_notice_sending_the_buyer_to_a_code_or_an_officer_elsewhere_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("scan the QR on the tag to check the serial is genuine")]
    [InlineData("Contact our support team here in the chat, we reply within an hour")]
    public void A_code_on_the_product_or_support_in_this_chat_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
