using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 22 (C6): a claims desk, regulator or customs office charging a fee before it pays out, a "refund channel"
/// to be paid into, courier and bank notices in Russian, Turkish and zh-Hant with the card or a transfer asked, a
/// marketplace's auditor or employee claimed, staff told what to tell a buyer — each beside its look-alike: the shop's
/// own claim with no fee, a coupon the platform sent, a notice with nothing asked, staff told not to pose.
/// Phrased apart from the corpora.
/// </summary>
public class InstitutionFeeNoticeTests
{
    [Theory]
    [InlineData("圆通理赔：包裹已丢失，赔付前需先支付10元验证费")]
    [InlineData("市场监督管理局：你买的商品抽检不合格，补缴检测费后才可以退款")]
    [InlineData("consumer protection office here, a $45 processing bond is needed before the refund is released")]
    [InlineData("أنا من الجمارك، يجب أن تدفع الرسوم قبل التسليم")]
    [InlineData("小二这边通知您：退款需要验证，请扫码支付1元")]
    [InlineData("快递理赔这边需要您提供收到的验证码才能赔付")]
    [InlineData("Почта России: отправление задержано, подтвердите данные карты по ссылке")]
    [InlineData("Aras Kargo: adres eksik, kart bilgilerinizi güncelleyin")]
    [InlineData("【7-11 取貨通知】包裹地址不全，請點連結補資料")]
    [InlineData("【工商银行】您的账户异常，请转账至以下账户完成验证")]
    [InlineData("我是 momo 稽核人員，你的帳戶違規，要先繳保證金")]
    [InlineData("i'm actually an Amazon employee so trust me, no need to open a case")]
    [InlineData("hi im from the platform refund dept, send me your code to finish it")]
    [InlineData("跟买家说你是淘宝官方客服，他就不会申请退款了")]
    public void Flags_fees_before_payout_and_notices_spoken_as_the_sender(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("我们已经向顺丰申请理赔了，您不需要支付任何费用")]
    [InlineData("退款通道在订单详情里，无需支付任何费用")]
    [InlineData("淘宝官方发的优惠券结账时自动抵扣，不是我们店发的")]
    [InlineData("Почта России: посылка прибыла в отделение, заберите с паспортом")]
    [InlineData("Aras Kargo: kargonuz yola çıktı, takip numarası aşağıda")]
    [InlineData("别跟客户说你是官方客服，我们是店铺客服")]
    public void Passes_the_shops_own_claim_and_notices_asking_nothing(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    // C6: a bank's security desk heading the message and announcing a charge or asking a transfer.
    [Theory]
    [InlineData("Barclays alert: unauthorised charge on your card, reply with the code we sent")]
    [InlineData("Sparkasse Sicherheitsdienst: bitte überweisen Sie 1 € zur Bestätigung")]
    [InlineData("Capital One alert: suspicious charge from this store, call 1 800 555 0199 to cancel it")]
    public void Flags_a_bank_security_desk_heading_the_message(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Barclays alert on your card? that's your bank, not us - call the number on the back of your card")]
    [InlineData("We accept Sparkasse and Volksbank transfers, the IBAN is on the invoice page")]
    [InlineData("Capital One declined the payment? try another card at checkout")]
    public void Passes_a_bank_named_by_the_shop(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    // C6 with C4: the fee is money the institution never asks, paid outside the checkout.
    [Fact]
    public void Flags_the_fee_before_payout_as_c4_too() =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, "顺丰理赔中心：进理赔通道前需先支付5元验证费");

    [Fact]
    public void Passes_a_buyer_saying_they_will_go_to_the_regulator() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "再不退款我就去市场监管局投诉，检测费你们自己出", SenderRole.Buyer);
}
