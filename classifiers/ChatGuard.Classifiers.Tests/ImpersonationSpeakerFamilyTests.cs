using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C6 where the shop speaks in someone else's voice: a courier, a tax office or a court heading the message with a fee the
/// buyer must pay (C4 too: the money goes outside the checkout), a marketplace's own notice or desk, and a shop telling
/// the buyer that its support or its decisions are the marketplace's. Beside them the look-alikes a shop writes every
/// day: naming the carrier, warning about fake courier texts, explaining duty paid on delivery, a buyer quoting a text,
/// pointing to the platform's mediator. Phrased apart from the corpora.
/// </summary>
public class ImpersonationSpeakerFamilyTests
{
    [Theory]
    [InlineData("Evri: a £3.10 redelivery fee is outstanding on your parcel, pay it today or it goes back")]
    [InlineData("IRS: import tax on your order is overdue, settle $42 with a gift card to release it")]
    [InlineData("Singapore Customs: your parcel is detained until the GST of S$21 is paid by transfer")]
    [InlineData("Court notice: your account will be frozen unless you transfer $60 today")]
    [InlineData("【税务局】贵店需补缴税款80元，逾期罚款")]
    public void A_courier_or_authority_header_asking_a_fee_is_impersonation_and_payment(string text)
    {
        LabelAssert.RuleFlags(Labels.Impersonation, text);
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
    }

    [Theory]
    [InlineData("亲，【抖音电商】您的店铺异常，请尽快处理")]
    [InlineData("Barclays Refund Team: to get your money back please transfer the £4 processing charge first")]
    [InlineData("Walmart finance team: a double refund was sent to you, send it back in Google Play cards")]
    [InlineData("We are the platform's after-sales department now, the shop has no say in the refund")]
    [InlineData("This is the app's refund centre, not the merchant, we are reviewing your case")]
    [InlineData("I'm the Jumia agent attached to this shop, no need to email Jumia")]
    public void A_marketplace_or_bank_desk_speaking_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Purolator dispatch here, a $9 address correction charge is unpaid, send it by Interac")]
    [InlineData("UK Border Force here, your parcel is held, the £15 clearance must be paid today")]
    [InlineData("National Consumer Commission: your complaint about this store is closed and the refund declined")]
    [InlineData("Singapore Police Force: cancel your dispute today or you will face charges")]
    [InlineData("这里是平台仲裁，您的退款申请由我处理")]
    [InlineData("我是平台物流部的，这单需要补运费")]
    public void A_courier_an_authority_or_a_platform_department_speaking_as_itself_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Our shop got reports of people posing as EFCC officers, we have nothing to do with them")]
    [InlineData("Fair Trading says refunds are due within 14 days, so yours is approved")]
    [InlineData("National Consumer Commission rules say you can return it within 7 days")]
    [InlineData("Evri courier said he knocked but nobody answered, we'll ask for redelivery")]
    [InlineData("The DPD driver here is new, sorry for the delay")]
    [InlineData("The Evri courier here in town is always late, sorry!")]
    [InlineData("平台仲裁组会联系您的，请耐心等待")]
    [InlineData("如果需要平台仲裁，您可以在订单页申请")]
    [InlineData("平台仲裁的结果我们都会遵守")]
    public void Quoting_an_authority_or_pointing_to_the_platforms_arbitration_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("our shop's support is run by the platform itself, so what I say is final")]
    [InlineData("We are operated by Shopee, so my answer on returns is Shopee's answer")]
    [InlineData("You can treat me as Etsy support, the seller is away")]
    public void A_shop_saying_the_marketplace_runs_its_support_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Royal Mail lost it, we'll resend today")]
    [InlineData("Shipped with DPD, tracking is in the app")]
    [InlineData("Beware of texts claiming Royal Mail has a fee outstanding on your parcel, never pay them")]
    [InlineData("Canada Post: duties are owing on delivery for US orders, you pay them to the driver at the door")]
    [InlineData("Prices include VAT and duty, nothing to pay on delivery")]
    [InlineData("Whatever the platform mediator decides, we'll follow it")]
    [InlineData("You can treat me as your personal shopper for this order")]
    [InlineData("Our support team is run by us, the platform only steps in for disputes")]
    [InlineData("Amazon handles all our shipping, so the tracking is on Amazon")]
    [InlineData("Bank of America security might flag the payment, just approve it in your banking app")]
    [InlineData("税务局要求我们开发票，您需要的话我们可以补开")]
    [InlineData("亲，抖音的订单您的账户异常的话可以联系平台客服")]
    public void Naming_the_carrier_the_tax_office_or_the_platform_is_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
    }

    [Fact]
    public void A_buyer_quoting_a_courier_text_is_not_charged_with_the_fee()
    {
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, "DHL tracking shows it's held at customs, do I need to pay anything?", SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, "India Post: my parcel is held, a ₹25 fee is unpaid, is that you?", SenderRole.Buyer);
    }
}
