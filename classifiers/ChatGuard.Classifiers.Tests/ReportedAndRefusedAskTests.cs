using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1, C3, C4 (<c>reports_en.json</c>, <c>rejections.json</c>): the words of an ask quoted by a buyer who saw it in a
/// comment or the live chat and said no or blocked it, and by staff telling each other how a buyer's ask was turned
/// down, are not the speaker's ask. The same asks made by the speaker, and a refusal word used as the ask's own excuse
/// (平台不支持定制, so pay my card), stay caught. Phrased apart from the corpora.
/// </summary>
public class ReportedAndRefusedAskTests
{
    [Theory]
    [InlineData(Labels.OffPlatformPayment, "someone in the comments wants USDT before 'shipping', is that your team?")]
    [InlineData(Labels.ContactDiversion, "a guy in the comments says add him on whatsapp for cheaper, is he from u?")]
    [InlineData(Labels.OffPlatformPayment, "the seller before asked me for a paypal gift payment, i said no")]
    [InlineData(Labels.Prohibited, "有人留言卖菠菜跟单，已检举")]
    [InlineData(Labels.Prohibited, "私信收到卖笑气的广告，已拉黑")]
    public void A_buyer_reporting_a_stranger_s_ask_is_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text, SenderRole.Buyer);

    [Theory]
    [InlineData(Labels.OffPlatformPayment, "他又问能不能走paypal friends and family少点钱，直接说不行")]
    [InlineData(Labels.OffPlatformPayment, "买家要用western union付，就说平台不支持，别多聊")]
    [InlineData(Labels.OffPlatformPayment, "他要退到USDT地址，不可以，只能原路退")]
    public void Staff_telling_how_an_ask_was_refused_is_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text, SenderRole.Agent);

    [Theory]
    [InlineData(Labels.OffPlatformPayment, "定做的款式平台不支持，先把全款打到我个人银行卡")]
    [InlineData(Labels.OffPlatformPayment, "pay me with a paypal gift so no fees, I will post today")]
    public void The_speaker_s_own_ask_stays_caught(string label, string text) =>
        LabelAssert.RuleFlags(label, text, SenderRole.Agent);
}
