using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Buyers taking the shop off the platform (Lexicons/buyer_paid_outside.json: C4 + C1; buyer_skips_platform.json: C1):
/// paid outside and wanting the goods, an overpayment asked back to their own wallet, a red packet for a dropped complaint,
/// a private deal or cash at the shop's address. The twins pay and are refunded in the app or report the shop's offer.
/// </summary>
public sealed class BuyerTakesShopOffPlatformTests
{
    [Theory]
    [InlineData("老板我已经银行转账给你了，截图发你了，你看下，赶紧发货吧")]
    [InlineData("我刚才手滑付了两次，多付的那笔你直接退到我支付宝吧")]
    [InlineData("你发我个200的红包，我就把投诉撤了，大家都省事")]
    [InlineData("Didn't use checkout, it kept failing. wired $240 to the account your boss gave my friend. proof above, send the parcel")]
    [InlineData("yo I got billed twice, just ping me the extra on Revolut, same name as on the order")]
    public void A_buyer_paying_or_refunded_outside_the_platform_is_off_platform_payment_and_contact_diversion(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("平台要扣你们5%吧，不如私下成交，我按九五折给你")]
    [InlineData("你们实体店在哪？我直接过去现金拿货，不在网上拍了")]
    [InlineData("meet me somewhere downtown? I'll bring cash, saves us both the commission")]
    [InlineData("what's the owner's cell, I'd rather deal with him than with the chat agent")]
    public void A_buyer_taking_the_deal_off_the_platform_is_contact_diversion(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("我已经在app里付款了，截图给你看，什么时候发货")]
    [InlineData("我用银行卡在收银台付的，付款成功了，麻烦尽快发货")]
    [InlineData("我付了两次，能在平台上申请退一笔吗")]
    [InlineData("I paid by card at checkout, when will you ship?")]
    [InlineData("can I pay by bank transfer at checkout?")]
    [InlineData("商家给我发了个红包说让我撤投诉，这样合规吗")]
    public void A_buyer_paying_or_refunded_in_the_app_or_reporting_an_offer_pays_nothing_off_the_platform(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);

    [Theory]
    [InlineData("我们不私下交易的，就在平台下单")]
    [InlineData("货到付款可以付现金给快递员吗")]
    [InlineData("你们实体店地址在哪，我想去试穿一下再在网上下单")]
    [InlineData("平台抽成高吗？你们也不容易")]
    public void A_buyer_refusing_a_private_deal_or_asking_about_the_shop_diverts_nothing(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
