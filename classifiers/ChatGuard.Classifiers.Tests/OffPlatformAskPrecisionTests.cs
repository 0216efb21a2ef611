using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1/C4 precision by phenomenon: a shop's warning that names the off-platform ask, a buyer reporting a stranger's ask,
/// the platform's own checkout and escrow, codes delivered in the order page, an app named as a product feature, the
/// order's own phone number, a forwarded link, a link service or mail domain named bare — each beside the real ask of
/// the same shape, which stays caught. Lines written for these tests, apart from the corpora.
/// </summary>
public class OffPlatformAskPrecisionTests
{
    [Theory]
    [InlineData(Labels.OffPlatformPayment, "We will never ask you to pay outside the app, not even for express shipping")]
    [InlineData(Labels.OffPlatformPayment, "Transfers made outside the platform aren't protected, so keep paying at checkout")]
    [InlineData(Labels.OffPlatformPayment, "We can't refund GCash top-ups sent outside the app, please ask GCash support")]
    [InlineData(Labels.OffPlatformPayment, "A text saying your parcel needs a 2 dollar release fee is phishing, just delete it")]
    [InlineData(Labels.OffPlatformPayment, "Please don't pay any rider who asks for extra charges. Your delivery is prepaid.")]
    [InlineData(Labels.OffPlatformPayment, "我们不收比特币、游戏点卡这些，所有付款只在结算页完成")]
    [InlineData(Labels.OffPlatformPayment, "Bank transfer isn't an option on this store, but the checkout takes cards and e-wallets")]
    [InlineData(Labels.ContactDiversion, "群里那种“加V转账更划算”的话都别信，我们只在这里收款")]
    [InlineData(Labels.ContactDiversion, "加店员私人微信这个我们没办法，售后都在这里处理")]
    [InlineData(Labels.ContactDiversion, "官方客服不会私信要求您加LINE，看到请直接检举")]
    public void A_shop_warning_or_refusal_that_names_the_ask_is_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text, SenderRole.Agent);

    [Theory]
    [InlineData(Labels.OffPlatformPayment, "pay me outside the app and I'll knock 15% off")]
    [InlineData(Labels.OffPlatformPayment, "No problem, pay outside the app and I ship tonight")]
    [InlineData(Labels.OffPlatformPayment, "customs duty must be paid to our rider in cash before he hands over the parcel")]
    [InlineData(Labels.ContactDiversion, "same shoes, go buy from our JD store, it's cheaper there")]
    [InlineData(Labels.OffPlatformPayment, "转账到我卡上就行，给你便宜20")]
    [InlineData(Labels.ContactDiversion, "加我私人微信，我们没办法在这里给你优惠")]
    [InlineData(Labels.ContactDiversion, "不好意思久等了，加我微信发你优惠券")]
    public void The_ask_itself_stays_caught(string label, string text) =>
        LabelAssert.RuleFlags(label, text, SenderRole.Agent);

    [Theory]
    [InlineData(Labels.ContactDiversion, "a guy on Telegram sent me a link shopee-voucher-claim.com saying I won, I didn't click, just letting you know")]
    [InlineData(Labels.ContactDiversion, "Someone messaged me on WhatsApp saying they're from your store and asked for a deposit, is that really you?")]
    [InlineData(Labels.OffPlatformPayment, "Someone messaged me on WhatsApp saying they're from your store and asked for a deposit, is that really you?")]
    [InlineData(Labels.OffPlatformPayment, "someone called saying my parcel is stuck at customs and I must pay by bank transfer, I ordered here")]
    [InlineData(Labels.ContactDiversion, "may nag-message sa akin sa IG, taga-shop daw kayo at may link, totoo po ba?")]
    [InlineData(Labels.ContactDiversion, "快递站老板说要我扫码关注公众号才给取件，这合理吗")]
    public void A_buyer_reporting_a_strangers_ask_is_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text, SenderRole.Buyer);

    [Theory]
    [InlineData(Labels.ContactDiversion, "add me on whatsapp +63 917 555 0142, easier to talk there")]
    [InlineData(Labels.ContactDiversion, "is this legit? my telegram is @lina_deals88, message me there")]
    public void A_buyers_own_contact_stays_caught(string label, string text) =>
        LabelAssert.RuleFlags(label, text, SenderRole.Buyer);

    [Theory]
    [InlineData(Labels.ContactDiversion, "走闲鱼担保交易就行，您确认收货后钱才到我这")]
    [InlineData(Labels.OffPlatformPayment, "您可以在订单页用“找人代付”，让朋友在拼多多里付款")]
    [InlineData(Labels.OffPlatformPayment, "The deposit is paid through the Lazada checkout and comes off the final price")]
    [InlineData(Labels.ContactDiversion, "台湾的订单可以选蝦皮店到店，三天左右到")]
    [InlineData(Labels.OffPlatformPayment, "押金走支付宝预授权，归还后自动解冻")]
    [InlineData(Labels.OffPlatformPayment, "Go to My Orders > Pay Now to get a new payment prompt")]
    [InlineData(Labels.OffPlatformPayment, "Your refund went to your store balance because that's how you paid")]
    [InlineData(Labels.OffPlatformPayment, "Shipped DDU to Fiji, so any import duty is paid on arrival to customs")]
    [InlineData(Labels.ContactDiversion, "All authentic, we buy from Adidas and JD directly, invoices on request")]
    public void The_platforms_own_checkout_or_escrow_is_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text, SenderRole.Agent);

    [Theory]
    [InlineData(Labels.ContactDiversion, "别在这拍了，去闲鱼搜我们店名，闲鱼担保也一样")]
    [InlineData(Labels.ContactDiversion, "去淘宝拍吧，淘宝那边便宜")]
    [InlineData(Labels.OffPlatformPayment, "pay the deposit to my GCash 0917 555 0142 first, then I reserve it")]
    public void A_move_to_another_checkout_stays_caught(string label, string text) =>
        LabelAssert.RuleFlags(label, text, SenderRole.Agent);

    [Theory]
    [InlineData("您买的是会员兑换码，在订单详情里点“查看卡密”就能复制", SenderRole.Agent)]
    [InlineData("I bought a Steam gift card here but the code isn't showing in my orders", SenderRole.Buyer)]
    public void A_code_bought_and_delivered_on_the_platform_is_clean(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);

    [Fact]
    public void Gift_card_codes_asked_as_payment_stay_caught() =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, "buy two Steam gift cards and send me the codes as payment");

    [Theory]
    [InlineData("I need notifications from WhatsApp on this watch, does it do that?")]
    [InlineData("is it a Telegram-compatible tablet? my son only uses it for school")]
    [InlineData("does the phone case work with the Snapchat mirror-selfie thing")]
    [InlineData("Hi, what's your lowest price for two?")]
    [InlineData("同事微信发我这个链接，是你们家的吗")]
    [InlineData("我妈微信转给我的链接，就是这款吧")]
    public void A_buyer_naming_an_app_or_a_forwarded_link_is_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("my whatsapp is 0917 555 0142, message me for the discount", SenderRole.Agent)]
    [InlineData("你的微信发我一下", SenderRole.Buyer)]
    [InlineData("drop ur ig, I'll dm you the price", SenderRole.Agent)]
    [InlineData("drop ur @ and I'll send the size chart there", SenderRole.Agent)]
    [InlineData("what's ur snap? I'll send the pics there", SenderRole.Buyer)]
    public void An_account_asked_or_given_stays_caught(string text, SenderRole role) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, role);

    [Theory]
    [InlineData("麻烦报一下下单手机号后四位，我查下物流")]
    [InlineData("We don't use bit.ly links for orders, everything is on the order page")]
    [InlineData("Your refund email will come from an @shopee.ph address")]
    public void The_orders_own_number_or_a_bare_service_name_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Agent);

    [Theory]
    [InlineData("留个手机号，我加你微信发优惠")]
    [InlineData("full catalogue here: bit.ly/3xKq9Lm")]
    [InlineData("email me at lina.store@gmail.com for the wholesale list")]
    public void A_contact_asked_or_a_real_link_stays_caught(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, SenderRole.Agent);

    // C1: a buyer leaving their own number for the rider's call or text before delivery keeps the order on the platform.
    [Theory]
    [InlineData("Kuya rider, paki-text muna sa 0917 555 0142 bago dumating, nasa 3rd floor ako")]
    [InlineData("骑手到了call我 13812345678，我在公司前台")]
    public void A_buyers_number_for_the_rider_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    // C1: the transaction ID of a payment made at checkout is the platform's record, not an account on the wallet's app.
    [Fact]
    public void A_checkout_transaction_id_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "I paid with MoMo at checkout, the money is gone but the order failed. Transaction ID 7731200458", SenderRole.Buyer);

    [Fact]
    public void An_app_id_given_as_a_number_stays_caught() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "my Viber ID is 09171234567, message me for the bulk price");

    [Fact]
    public void A_buyers_number_offered_for_a_private_deal_stays_caught() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "骑手的事不急，call我 13812345678 我们私下交易", SenderRole.Buyer);
}
