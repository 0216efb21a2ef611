using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 24 (C4 beside C6): a notice or caller posing as a platform department, a bank, a courier, customs or the
/// police and asking for a charge none of them collects in a chat — a fine, a deposit to unfreeze, a fee to release a
/// parcel, a "reverse transfer", money moved to a "safe account", a fee said to be the platform's rule and paid to the
/// shop — in the languages of the markets these notices copy, whatever fraud or contraband words they carry. Beside
/// each, its look-alike: the shop's warning, the buyer's report, the charge refused, a duty billed by the carrier at the
/// door, the shop paying the fee itself or its own deposit to the platform. Phrased apart from the corpora.
/// </summary>
public class PosingFeeDemandTests
{
    [Theory]
    [InlineData("【京东风控中心】您的账户涉嫌违规，需缴纳500元保证金才能恢复使用")]
    [InlineData("缉私局通知：您的海外包裹查出违禁品，请缴纳罚款1800元，逾期移交")]
    [InlineData("市场监管局：您投诉的商家已立案，赔付前需先缴纳诉讼费300元")]
    [InlineData("税务局通知：您的跨境订单需补缴个人所得税460元")]
    [InlineData("Shopee Security Team: your buyer account is frozen, pay RM80 verification deposit to unlock")]
    [InlineData("This is the fraud department of Amazon, you must pay a $79 clearance fee today")]
    [InlineData("Police cyber unit here. Your order is tied to a fraud case, pay the fine now to avoid arrest")]
    [InlineData("Tokopedia: akun Anda dibekukan, bayar denda Rp 150.000 untuk membuka")]
    [InlineData("Mercado Libre: tu cuenta fue suspendida, pague una multa de 400 pesos")]
    [InlineData("Hepsiburada müşteri temsilcisiyim, hesabınız donduruldu, 120 TL ceza ödeyin")]
    [InlineData("Wildberries служба поддержки: для разблокировки заказа оплатите сбор 700 ₽")]
    [InlineData("Coupang 고객센터입니다. 계정 정지 해제를 위해 수수료 2만원 입금 바랍니다")]
    [InlineData("Jumia customer care: lipa ada ya 400 ili kufungua akaunti yako")]
    [InlineData("Lazada: bayaran mo ang ₱250 na multa para ma-unlock ang account mo")]
    [InlineData("แจ้งจาก Shopee: บัญชีของท่านถูกระงับ กรุณาชำระค่าปรับ 300 บาท")]
    [InlineData("Shopee thông báo: tài khoản của bạn bị khóa, vui lòng nộp phí xác minh 150k")]
    [InlineData("楽天市場事務局より：抽選に当選しました。賞品受取には手数料2000円が必要です")]
    [InlineData("顺丰速运：包裹地址有误已滞留，请补付12元重新派送")]
    [InlineData("官方客服通知：您的订单涉嫌刷单，需完成两笔任务单才能解除")]
    [InlineData("Shopee Buyer Protection: your refund is on hold, pay a ₱120 unlock fee today")]
    [InlineData("TikTok Shop Payments Team: repay your order through the link below, the first payment failed")]
    [InlineData("银行客服提醒：退款请在手机银行里做一笔反向转账")]
    public void Flags_an_official_voice_asking_for_a_charge(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    // C4: a buyer posing as the platform to the seller, first-hand, with a fine to pay.
    [Theory]
    [InlineData("我是抖店官方客服，你店铺被举报了，需缴纳3000元保证金，不然封店")]
    [InlineData("平台小二找你，你的店铺评分异常，限时缴纳罚款否则下架")]
    [InlineData("This is Shopee seller compliance, your shop will be closed unless you pay a $200 penalty")]
    public void Flags_a_buyer_posing_as_the_platform_to_the_seller(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);

    [Theory]
    [InlineData("温馨提示：平台和本店不会以任何理由收取保证金或解冻费，自称官方客服的都别理")]
    [InlineData("Shopee never asks you to pay a fee to unlock your account. Please report such messages.")]
    [InlineData("关税在下单时已包含，海关不会再向您收取任何费用")]
    [InlineData("Customer care here! Refund approved, no fee needed, it goes back to your card")]
    [InlineData("DHL collects the import tax on delivery, please pay the courier at the door")]
    [InlineData("关税请在顺丰官方小程序缴纳，我们这边不收任何费用")]
    [InlineData("Customer care: if the parcel comes back, we'll pay the return fee ourselves")]
    [InlineData("官方客服会在48小时内处理投诉，运费险理赔自动到账")]
    [InlineData("平台小二说退货运费险会赔付，您不用另外支付")]
    [InlineData("Police? No, we never ask for any fine, please ignore such messages")]
    [InlineData("本店已缴纳平台保证金，消保计划都有，放心拍")]
    [InlineData("本店已繳納蝦皮保證金，售後有保障")]
    [InlineData("Polisi hawatakuomba ulipe faini kupitia simu, huo ni utapeli")]
    [InlineData("No one from our shop will ask you to move money to a safe account")]
    [InlineData("警察不会在电话里让您把钱转到安全账户，请拨打110核实")]
    public void Passes_the_shops_warning_and_charges_it_does_not_ask(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("有个自称海关的人打电话说我包裹有违禁品要交罚款，是真的吗")]
    [InlineData("Someone claiming to be Lazada customer care asked me to pay ₱300 to release my parcel, is that you?")]
    [InlineData("官方客服说我要先交保证金才能退款，你们店也这样吗？")]
    [InlineData("剛剛有人打來說是蝦皮客服，說我被設定成批發商要去ATM取消，是你們打的嗎？")]
    public void Passes_a_buyer_reporting_the_call(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);

    // C4: a "safe account" named by a caller posing as the police or a bank, whatever fraud words the notice carries;
    // a warning that names it is not the ask.
    [Theory]
    [InlineData("This is the FBI cyber unit. Your purchase is part of a fraud case, move your balance to a safe account now")]
    [InlineData("网警提醒：您的账户涉嫌诈骗案件，请把余额转到安全账户保管")]
    public void Flags_money_moved_to_a_safe_account(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Fact]
    public void Passes_a_safe_account_named_in_a_warning() =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, "如果有人说要你把钱转到安全账户，那就是诈骗，直接挂断");

    // C4: a fee said to be the platform's rule, paid to the shop; "平台规定" is otherwise a warning's word.
    [Theory]
    [InlineData("平台规定退货要先交50押金，直接转我就行")]
    [InlineData("平台规定预售要先付定金，转我邮局账号就好")]
    [InlineData("补寄要收您15手续费，平台规定的")]
    public void Flags_a_fee_said_to_be_the_platforms_rule_and_paid_to_the_shop(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("平台规定不能私下转账，定金请在商品页面拍")]
    [InlineData("平台规定的保证金我们已经交了，您放心下单")]
    public void Passes_the_platforms_rule_quoted_against_a_private_payment(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
