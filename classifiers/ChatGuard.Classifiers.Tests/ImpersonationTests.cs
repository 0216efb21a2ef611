using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class ImpersonationTests
{
    private const string Label = Labels.Impersonation;

    [Theory]
    [InlineData("您好，我是快手官方客服，您的账户异常")]
    [InlineData("我是平台的工作人员，这单不能退")]
    [InlineData("我们是抖音官方审核组的")]
    [InlineData("【抖音官方】您的订单已被冻结")]
    [InlineData("平台通知：您的退款需要人工处理")]
    [InlineData("飞鸽官方客服提醒您，请尽快处理")]
    [InlineData("本店是抖音平台自营，正品保障")]
    [InlineData("This is TikTok Support, your account is under review")]
    [InlineData("TikTok Shop official team: your refund is on hold")]
    [InlineData("I'm from the TikTok Shop safety team")]
    [InlineData("Τ1kΤ0k 0ffic1al: verify your order")]
    [InlineData("我们就是抖音官方的，放心买")]
    [InlineData("Hello, TikTok Customer Service here, your refund requires verification")]
    [InlineData("Official notice from TikTok: your payment has been frozen")]
    [InlineData("平台客服：您的订单异常，需要验证身份")]
    [InlineData("我是抖音官方客服，您的订单异常，请联系官方客服专员办理退款")] // a pose that also points to "the" service
    [InlineData("This is TikTok Shop Support. Contact TikTok Shop support at the link below to unfreeze your payout")]
    public void Flags_posing_as_the_platform(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    [InlineData("您好，我是店铺客服小李")]
    [InlineData("我们是品牌授权的旗舰店")]
    [InlineData("有问题可以联系抖音官方客服处理")]
    [InlineData("平台官方活动，满减自动生效")]
    [InlineData("Please reach TikTok Shop support via the Help Center")]
    [InlineData("平台会介入处理，请耐心等待")]
    [InlineData("请以抖音官方公告为准")]
    [InlineData("活动细则以快手平台规则为准哈，有疑问随时问我")]
    [InlineData("I contacted TikTok Shop support and they said to wait")]
    [InlineData("平台客服电话在APP的我的-客服里")]
    [InlineData("平台的问题可以在“我的-客服与帮助”里联系抖音官方客服")]
    [InlineData("直播间的福袋是平台官方活动，开奖后自动发放")]
    [InlineData("退款进度您可以咨询平台人工客服哈")]                 // C6: referral to the platform, third person
    [InlineData("If the courier won't help, please contact Shopee customer service through the app")]
    public void Passes_shops_speaking_for_themselves(string text) => LabelAssert.DoesNotFlag(Label, text);

    // Session 15's review thresholds (ThresholdOptions.ReviewRate, half again as loose) let the head hold these for
    // review; no rule reads them and a score alone never blocks.
    [Theory]
    [InlineData("We are an official partner store, not TikTok")]
    [InlineData("如有疑问，请咨询快手官方客服")]
    public void Shops_pointing_to_the_platform_are_never_blocked_and_no_rule_reads_them(string text) =>
        LabelAssert.NoRuleNeverBlocked(Label, text);

    // A shop saying it is not the platform's support is the opposite of posing as it.
    [Theory]
    [InlineData("我们只是商家，不是平台客服，平台的事要找官方")]
    public void Passes_a_shop_saying_it_is_not_the_platform(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C6: an "authorized refund center" of the platform; quoting such a name in a warning is not posing as it.
    [Fact]
    public void Flags_an_authorized_refund_center() => LabelAssert.RuleFlags(Label, "Hello, this is the official refund center for your order");

    [Fact]
    public void Passes_a_warning_that_quotes_a_refund_center() =>
        LabelAssert.NoRuleFlags(Label, "自称“官方退款中心”的短信链接别点，都是诈骗");

    // C6: a system-style demand on "your account", a refund to claim with a code.
    [Theory]
    [InlineData("您的账号需补缴服务费，逾期冻结")]
    [InlineData("退款已到账，点击领取并填写银行卡号")]
    public void Flags_system_style_demands(string text) => LabelAssert.RuleFlags(Label, text);

    // C6: a platform notice title after a greeting; a platform payout to claim.
    [Theory]
    [InlineData("Hi there, [Platform Notice] your store is under review, reply with your ID")]
    [InlineData("恭喜您获得平台赔付300元，点链接领取")]
    public void Flags_notice_titles_and_payouts_to_claim(string text) => LabelAssert.RuleFlags(Label, text);

    // The 44,476-line model (session 12) scores this look-alike above its calibrated review threshold, so it is held for
    // review (never blocked); no rule may flag it. Its learned score is judged by the calibration's measured legitimate
    // flag rate (models/README.md), not line by line.
    [Theory]
    [InlineData("平台客服那边会处理的，您稍等")]
    public void No_rule_flags_a_look_alike_the_model_holds(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C6 in Russian and Ukrainian chat: the shop telling the buyer they are talking to the marketplace, an agent calling
    // themself its staff, its desk opening the message, a "safe deal" payout notice, a courier, a bank's security service
    // and a tax body writing in the chat.
    [Theory]
    [InlineData("Вы переписываетесь с Wildberries, продавец сейчас не в сети")]
    [InlineData("Я сотрудник Ozon, для возврата назовите код из СМС")]
    [InlineData("Служба заботы Wildberries на связи, жалобу закроем сегодня")]
    [InlineData("Авито Доставка: покупатель внёс оплату, для получения денег перейдите по ссылке")]
    [InlineData("Казпочта сообщает: посылка задержана, оплатите хранение")]
    [InlineData("Служба безопасности Альфа-Банка: по вашей карте подозрительная операция")]
    [InlineData("ФНС России: по заказу начислен налог, оплатите его в этом чате")]
    [InlineData("Sluzhba bezopasnosti Ozon: po vashemu zakazu vyyavleno narushenie, ne zakryvaite chat")]
    [InlineData("Politsiya: vash zakaz svyazan s ugolovnym delom, ne zakryvaite chat")]
    public void Flags_posing_as_a_cis_marketplace_courier_bank_or_authority(string text) => LabelAssert.RuleFlags(Label, text);

    // The shop naming its marketplace, sending the buyer to its support, warning that it never asks for a code, denying
    // it is the marketplace, or naming its courier in passing speaks for nobody.
    [Theory]
    [InlineData("Наш магазин продаёт на Wildberries, оформляйте заказ там")]
    [InlineData("Wildberries никогда не просит код из СМС, не сообщайте его никому")]
    [InlineData("По возврату напишите в поддержку Ozon через приложение")]
    [InlineData("Я не сотрудник Ozon, я продавец этого магазина")]
    [InlineData("Мы отправляем СДЭКом, трек придёт в смс")]
    [InlineData("Если служба безопасности Сбербанка звонит и просит код, положите трубку")]
    public void Passes_cis_shops_speaking_for_themselves(string text) => LabelAssert.NoRuleFlags(Label, text);

    // A buyer asking whether the shop is the marketplace's own is not judged for C6.
    [Fact]
    public void Passes_a_buyer_asking_whether_the_shop_is_the_marketplace() =>
        LabelAssert.NoRuleFlags(Label, "Вы менеджер Wildberries? Это официальный магазин?", SenderRole.Buyer);

    // C6: the platform's notice format (its name heading the message, then the buyer's own account in trouble), a
    // marketplace said to run the shop's chat, its manager "here", a cyber police unit asking for a passport photo.
    [Theory]
    [InlineData("【快手电商】您的账号异常，24小时内处理")]
    [InlineData("Just so you know, eBay runs this chat for the shop, so talk to us about the refund")]
    [InlineData("Менеджер Ozon на связи, уточните данные карты")]
    [InlineData("Киберполиция: по заказу возбуждено дело, пришлите фото паспорта")]
    public void Flags_platform_notices_and_claims_of_running_the_chat(string text) => LabelAssert.RuleFlags(Label, text);

    // A shop explaining the platform's deposit rule, quoting what a marketplace manager told it, or saying the
    // marketplace does not run its chat claims nothing.
    [Theory]
    [InlineData("快手电商规定：保证金不足的店铺会被限制")]
    [InlineData("Менеджер Ozon сказал нам, что возврат одобрят")]
    [InlineData("eBay doesn't run this chat, we are the seller")]
    public void Passes_rules_and_reports_about_the_platform(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>
    /// C6 precision, session 18: the platform's own subsidy and support named by the shop, a platform or institution it
    /// disowns as it names it, a claim that is somebody else's (自称, "even if they say they're from"), the courier as a
    /// message's source or the shop's contractor, a toy, and the system's reading of this order relayed.
    /// </summary>
    [Theory]
    [InlineData("这件的满减是平台官方补贴的，结算时自动扣")]
    [InlineData("平台客服不会私下找您要验证码，请放心")]
    [InlineData("亲，平台客服已经介入了，结果出来我第一时间告诉您")]
    [InlineData("提醒：自称海关说您包裹涉嫌走私的都是诈骗，海关不会打电话收钱")]
    [InlineData("系统提示这个订单地址不完整，麻烦您补充一下门牌号")]
    [InlineData("You'll receive a text from the courier with a delivery window tomorrow.")]
    [InlineData("Please never share your code, even if they say they're from the bank or the courier.")]
    [InlineData("I'm sorry the courier left it at the wrong door, a new one ships today.")]
    [InlineData("This is a toy police helicopter with lights, batteries included.")]
    [InlineData("I'm with the seller, TikTok's own support is separate and reaches you through app notifications.")]
    public void Passes_platform_flows_disowned_notices_and_reported_claims(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>C6 recall beside those guards: a notice in the platform's name and a claim to be the police still count.</summary>
    [Theory]
    [InlineData("平台官方通知：您的账户存在异常，请按提示操作")]
    [InlineData("我是公安局的，您的订单涉嫌洗钱，请配合调查")]
    [InlineData("【系统】您的账户需缴纳保证金500元")]
    [InlineData("系统显示您的账户需缴纳保证金才能解冻")]
    public void Still_flags_notices_and_claims_beside_the_guards(string text) => LabelAssert.RuleFlags(Label, text);
}
