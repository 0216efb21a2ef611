using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 29 (C4): money asked straight to the other side while the order is skipped, a refund cut by a fee the platform
/// never charges, and a notice in the platform's voice that names no platform — each beside its look-alike: a sold-out
/// item, the shop's warning, a buyer's report, cash on delivery, a refund to the original payment method (GCash
/// included), a fee already in the price. Phrased apart from the corpora.
/// </summary>
public class PaymentAroundTheOrderTests
{
    [Theory]
    [InlineData("这款直接转给我就行，不用下单，给你便宜二十")]
    [InlineData("钱直接打我卡上吧，省得平台扣点")]
    [InlineData("要的话扫这个码付，比拍链接便宜十块")]
    [InlineData("尾款直接打款给助教，链接不用拍了")]
    public void Money_with_the_order_skipped_is_held_as_off_platform_payment(string text) =>
        LabelAssert.HeldByRule(Labels.OffPlatformPayment, "skipped-order-payment", text, SenderRole.Agent);

    [Theory]
    [InlineData("不用下单了，这款缺货，已付款的订单会原路退款")]
    [InlineData("这款暂时不用拍，到货了我通知您，付款还是在平台上")]
    [InlineData("亲，请勿私下转账，不用理会让您不走平台的人")]
    [InlineData("货到付款也可以，不用在平台预付")]
    [InlineData("不好意思亲，私下转账我们这边不接受的，平台交易有保障，您拍链接就好")]
    [InlineData("亲 我们只在平台内下单付款 不走任何私下转账")]
    [InlineData("結帳頁面可揀 FPS 或信用卡 唔好私下轉賬俾任何人")]
    public void A_sold_out_item_cash_on_delivery_and_the_shops_refusal_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Fact]
    public void A_buyer_reporting_the_ask_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, "有人让我直接转账给他，不用下单，是你们店的吗？", SenderRole.Buyer);

    [Theory]
    [InlineData("退是可以退，但要扣掉百分之三十的服务费")]
    [InlineData("收到货后退款要扣15%整理费，这是本店规矩")]
    [InlineData("您刚申请的退款要收退款加速费，不交的话得排队")]
    public void A_refund_cut_by_a_fee_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("退款不扣任何服务费，会全额原路退回")]
    [InlineData("这件衣服的整理费已包含在价格里，退货包邮")]
    [InlineData("Refund approved, it goes back to your GCash directly, the original payment method.")]
    [InlineData("Your refund is credited back to your GCash within 24 hours, no need to do anything.")]
    public void A_full_refund_to_the_original_method_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Fact]
    public void A_wallet_asked_directly_is_still_off_platform_payment() =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, "send it to my GCash directly and I'll knock 50 off");

    [Theory]
    [InlineData("系统检测到您的账户存在异常，请提供银行卡号和验证码解除冻结")]
    [InlineData("Your account will be suspended, reply with your card number to verify.")]
    [InlineData("Your account will be frozen today unless you pay the $30 verification fee.")]
    public void A_notice_in_the_platforms_voice_asking_for_money_or_data_is_impersonation(string text) =>
        LabelAssert.HeldByRule(Labels.Impersonation, "system-notice", text, SenderRole.Agent);

    [Theory]
    [InlineData("系统检测到您的收货地址不完整，请在订单页修改后再提交")]
    [InlineData("If anyone tells you your account will be frozen unless you pay a fee, it's a scam. We never ask.")]
    [InlineData("亲，如果有人说系统检测到您的账户异常让您提供验证码，那是骗子，请不要理会")]
    public void An_order_reminder_and_the_shops_warning_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Fact]
    public void A_buyer_reporting_the_notice_is_clean() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "someone messaged me that my account will be frozen unless I pay, was that you?", SenderRole.Buyer);
}
