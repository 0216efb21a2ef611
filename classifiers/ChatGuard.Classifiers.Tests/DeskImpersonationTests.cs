using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 24 (C6): the desks a scammer speaks for and what the desk asks for — a platform department introduced by the
/// sender (buyers posing to the seller too), a desk or a bank heading a notice, "the platform" charging a fee paid to the
/// shop, the SMS code asked for in the desk's name, a service that bills until cancelled, a prize that costs a fee,
/// gift cards asked by an authority, a body that licenses no shop vouching for one, and the marketplace's notice in the
/// buyer's own language — each beside its look-alike: an honest introduction, a warning quoting the script, a shop
/// relaying what the platform decided, a real giveaway, the seller's own deposit. Phrased apart from the corpora.
/// </summary>
public class DeskImpersonationTests
{
    [Theory]
    [InlineData("我这边是平台小二，你这个售后我们接手了，不用再找店铺")]
    [InlineData("我们是商家服务中心的，您这单需要重新核实身份")]
    [InlineData("本人是你开户行的客服，退款卡在清算环节了")]
    [InlineData("我是平台的培训导师，带你做几单任务就能返佣")]
    [InlineData("银联客服提醒您：退款要到手机银行里做一笔反向转账才能到账")]
    [InlineData("平台小二通知你，店铺被投诉虚假宣传，今天之内缴纳罚金处理")]
    [InlineData("【工商银行】尾号8812的卡片已锁定，回复短信验证码即可解除")]
    [InlineData("【花呗】您已被开通分期功能，不关闭将按月收取费用，请联系专线")]
    [InlineData("平台规定海外直邮要先交清关保证金，直接转我这边，签收后平台退回")]
    [InlineData("您把手机上刚收到的验证码念给我，客服这边马上给您把退款打回去")]
    [InlineData("系统显示您开通了百万医疗险，每月扣费三百多，不取消就一直扣")]
    [InlineData("尊敬的快手用户，恭喜您被抽中为年度幸运用户，领奖需先付保险费68元")]
    [InlineData("尊敬的用户，你的账户已被冻结，请按提示操作解冻")]
    [InlineData("平台已认证我们家的高仿表可以放心卖")]
    [InlineData("本店证件业务经公安备案，正规可查")]
    public void Flags_desks_notices_and_their_asks(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("我是抖店商家服务中心的，你店铺保证金不足，马上补交不然下架")]
    [InlineData("平台小二找你，你的店铺涉嫌刷单，限时缴纳罚金")]
    [InlineData("Hey seller, I'm from TikTok Shop Compliance, your payouts are on hold until you verify")]
    public void Flags_a_buyer_posing_as_the_platform_to_the_seller(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("Good afternoon, Shopee billing here, we charged you twice, please confirm your card details")]
    [InlineData("hello from PayPal support, the transfer is stuck, resend it and we reverse the first")]
    [InlineData("This is the county sheriff's office, settle the fine with Google Play cards today")]
    [InlineData("DHL claims agent here, your box got crushed, buy an Apple gift card to release the insurance")]
    [InlineData("USPS: we attempted delivery today, pay the redelivery fee at the link")]
    [InlineData("Dear Valued User, your store has been suspended. Appeal within 24 hours")]
    [InlineData("DEA licensed pharmacy, pain pills shipped without prescription")]
    public void Flags_english_desks_authorities_and_notices(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Lazada thông báo: tài khoản của bạn bị khóa, vui lòng nộp phí xác minh 150k")]
    [InlineData("แจ้งจาก Shopee: คำสั่งซื้อของท่านถูกระงับ กรุณาชำระค่าปรับ 300 บาท")]
    [InlineData("Ujumbe kutoka Kilimall: oda yako imezuiliwa, lipa 300 kuifungua")]
    [InlineData("Hepsiburada müşteri temsilcisiyim, iade için önce doğrulama ücreti yatırmanız gerekiyor")]
    [InlineData("Polisi: kifurushi chako kina bidhaa haramu, lipa faini 3000 leo")]
    public void Flags_the_marketplace_notice_and_police_in_local_languages(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("我是店铺客服小林，不是平台官方，平台的问题可以找平台客服")]
    [InlineData("凡是说自己是平台小二让你缴纳罚金的都是骗子，请直接举报")]
    [InlineData("“银联客服提醒您反向转账”这种消息都是骗子，别理")]
    [InlineData("平台小二说了，退款三个工作日内原路退回")]
    [InlineData("恭喜您抽中直播间福袋，包邮寄出，不需要任何费用")]
    [InlineData("平台规定商家要交保证金，这个跟您没关系，您正常下单就行")]
    [InlineData("验证码千万别告诉任何人，包括自称客服的人")]
    [InlineData("我们不会打电话说您开通了百万保障，不取消就扣费的都是诈骗")]
    [InlineData("是系统风控拦截，您换个支付方式在平台内重新付款就可以")]
    [InlineData("快手安全中心的消息只会出现在系统通知里，不会私聊您")]
    [InlineData("如果有人说是网警要你转到安全账户，那就是诈骗")]
    [InlineData("支付宝付款失败的话您换成微信支付试试")]
    public void Passes_honest_introductions_warnings_and_relayed_decisions(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Platform questions go to TikTok support, I'm the shop's own agent")]
    [InlineData("Our support team will never ask you for gift cards")]
    [InlineData("UPS tried to deliver today, you can pick a new slot on their site for free")]
    [InlineData("Dear customer, your order is on its way")]
    [InlineData("Shopee thông báo phí vận chuyển đã được miễn cho đơn này")]
    public void Passes_english_and_local_look_alikes(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Seller Support here, your listing is blocked, pay the $30 reinstatement fee today")]
    [InlineData("MBG team: we're releasing your refund, confirm your bank login")]
    [InlineData("GCash care: para ma-refund, send the 6-digit MPIN here")]
    [InlineData("Maya Bank here po, pa-send ng OTP para sa cashback")]
    [InlineData("J&T team: kindly share the verification code you received so we can deliver today")]
    [InlineData("【平台官方公告】您的店铺涉嫌违规，需缴纳保证金2000元解除限制")]
    [InlineData("卫健委委托我们发放理疗仪，凭身份证免费领")]
    [InlineData("银行 fraud 部门，把你的 OTP code 读一下")]
    public void Flags_desk_headers_wallets_couriers_and_offices_asking(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("pls pay via GCash to 0917 553 2190 then send the receipt here")]
    [InlineData("Customs requires a clearance fee, please pay it before we dispatch")]
    [InlineData("M-Pesa is the official checkout option, the PIN prompt comes from the app")]
    [InlineData("DHL team will deliver tomorrow, no extra fee to pay")]
    public void Passes_wallets_named_for_payment_and_couriers_without_a_fee(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Fact]
    public void Passes_a_buyer_quoting_a_caller_who_posed_as_the_platform() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "the caller said \"I'm from platform security, read me the code\", I hung up", SenderRole.Buyer);
}
