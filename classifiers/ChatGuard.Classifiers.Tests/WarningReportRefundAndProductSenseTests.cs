using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Rule precision, BLK29 (C1, C3, C4, C8; t264–t266): a refund back to the card that paid and a buyer's own card, the shop's
/// blanket anti-fraud warning, a buyer's report of what a stranger sent or asked, the news told, and the product beside a
/// code word (冰袋, 无人机, 模拟器, 菠菜 fresh, 上门服务 booked for a time, 公章 registered with the police, 安兔兔跑分,
/// HP printer carts) — each beside the violation it resembles, which stays caught.
/// </summary>
public class WarningReportRefundAndProductSenseTests
{
    [Theory]
    [InlineData("您用的是银行卡支付的，退款会退到原来那张卡上，银行处理要3-7天哦", SenderRole.Agent)]
    [InlineData("信用卡付的款，退款会退回原卡，一般5个工作日到", SenderRole.Agent)]
    [InlineData("退款显示成功了但我卡上没看到钱，要等多久", SenderRole.Buyer)]
    [InlineData("我卡上还是没有这笔退款，帮我查一下", SenderRole.Buyer)]
    [InlineData("退款到我卡上了吗，都三天了", SenderRole.Buyer)]
    [InlineData("钱还没到我卡上，麻烦帮我催一下", SenderRole.Buyer)]
    [InlineData("亲，定金只能在商品页点“支付定金”付，别人发的任何收款码都别扫", SenderRole.Agent)]
    [InlineData("尾款请在订单页付，私信发来的收款码都不要扫哦", SenderRole.Agent)]
    [InlineData("友情提示：中奖要交税、交手续费才能领的都是假的，咱们店的抽奖奖品都是包邮直发", SenderRole.Agent)]
    [InlineData("凡是说中奖先交手续费才能领的都是骗人的，我们抽奖全包邮", SenderRole.Agent)]
    [InlineData("有人私信我说刷单返利，还拿你们店的商品当任务，你们知道吗", SenderRole.Buyer)]
    [InlineData("有人私聊我说刷单返利，做任务还返佣金，是你们店的吗", SenderRole.Buyer)]
    [InlineData("refund不扣任何handling fee，付多少退多少", SenderRole.Agent)]
    public void Refunds_warnings_and_reports_are_no_payment_rule(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);

    [Theory]
    [InlineData("银行卡号发您了，直接转账到卡上就行", SenderRole.Agent)]
    [InlineData("别在平台拍，转我卡上便宜", SenderRole.Agent)]
    [InlineData("退款别走平台了，你直接打到我卡上", SenderRole.Buyer)]
    [InlineData("定金扫这个收款码付给我就行", SenderRole.Agent)]
    [InlineData("恭喜中奖！先交手续费200元才能领奖", SenderRole.Agent)]
    [InlineData("刷单返利，做完任务马上返佣金", SenderRole.Agent)]
    public void Transfers_asked_stay_caught(string text, SenderRole role) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, role);

    [Theory]
    [InlineData("有人用你們的店名在LINE上找我做按讚任務，先跟你們說一聲", SenderRole.Buyer)]
    [InlineData("有人冒用你们的店名在LINE上找我做任务", SenderRole.Buyer)]
    public void A_stranger_using_the_shop_name_is_reported(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);

    [Fact]
    public void The_shop_moving_the_chat_stays_caught() => LabelAssert.RuleFlags(Labels.ContactDiversion, "有问题在LINE上找我", SenderRole.Agent);

    [Theory]
    [InlineData("a seller in your live stream chat keeps posting fullz for sale, mods should ban him", SenderRole.Buyer)]
    [InlineData("someone in the comments keeps selling fullz, mods should ban them", SenderRole.Buyer)]
    [InlineData("flagging this: a user asked if I wanted percs after I reviewed the backpack", SenderRole.Buyer)]
    [InlineData("flagging this: someone asked if I wanted percs in the Q&A", SenderRole.Buyer)]
    [InlineData("the chat bot or whoever just sent me weed emojis 🍃🔌 and a price, what is going on", SenderRole.Buyer)]
    [InlineData("a stranger sent me 🍃🔌 emojis and a price list, what's going on", SenderRole.Buyer)]
    [InlineData("For safety reasons we don't ship airsoft or replica guns to your region, sorry about that.", SenderRole.Agent)]
    [InlineData("We don't ship replica guns or airsoft rifles overseas, sorry.", SenderRole.Agent)]
    [InlineData("i got a creepy msg about guns with no serial numbers after ordering the holster, pls look into it", SenderRole.Buyer)]
    [InlineData("got a creepy message offering guns with no serial numbers, pls look into it", SenderRole.Buyer)]
    [InlineData("新聞有報那個咖啡包裡面摻毒品，你們的咖啡是正常的吧？", SenderRole.Buyer)]
    [InlineData("看到新闻报道说有奶茶里加了毒品，你们的奶茶没问题吧", SenderRole.Buyer)]
    [InlineData("冰袋要几个？生鲜发货我们默认放两个冰", SenderRole.Agent)]
    [InlineData("冷链发货，每箱默认放两个冰，冰袋不另收费", SenderRole.Agent)]
    [InlineData("上门服务的时间能约周六下午吗？工作日家里没人", SenderRole.Buyer)]
    [InlineData("空调上门服务的时间可以约明天上午吗", SenderRole.Buyer)]
    [InlineData("飛行模擬器搖桿支援Mac嗎", SenderRole.Buyer)]
    [InlineData("drone 飞行 time about 28 min, battery 可以单独买", SenderRole.Agent)]
    [InlineData("这台无人机飞行时间多久？", SenderRole.Buyer)]
    [InlineData("spinach 菠菜 fresh today, cold-chain delivery 哦", SenderRole.Agent)]
    [InlineData("菠菜新鲜，冷链直发", SenderRole.Agent)]
    [InlineData("刻章店说刻公章要公安备案 你们能不能刻个人藏书章", SenderRole.Buyer)]
    [InlineData("听说刻公章要公安备案，你们刻的是私章吧", SenderRole.Buyer)]
    [InlineData("这个跑分是手机的安兔兔跑分吗？新款能跑多少", SenderRole.Buyer)]
    [InlineData("新款的安兔兔跑分有多少？", SenderRole.Buyer)]
    public void Reports_refusals_and_product_senses_are_no_prohibited_rule(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);

    [Theory]
    [InlineData("fresh fullz for sale, dm me", SenderRole.Buyer)]
    [InlineData("want percs? got 30s cheap, dm me", SenderRole.Buyer)]
    [InlineData("🔌 got weed and carts, dm", SenderRole.Agent)]
    [InlineData("replica guns in stock, discreet delivery", SenderRole.Agent)]
    [InlineData("guns with no serial numbers, cash only", SenderRole.Agent)]
    [InlineData("毒品 有货 私聊", SenderRole.Agent)]
    [InlineData("冰 有货 同城可送", SenderRole.Agent)]
    [InlineData("上门服务 全套 美女 约吗", SenderRole.Agent)]
    [InlineData("飞行 叶子 都有 私聊", SenderRole.Agent)]
    [InlineData("菠菜 注册送彩金 私聊", SenderRole.Agent)]
    [InlineData("刻公章 私刻 当天出", SenderRole.Agent)]
    [InlineData("收跑分卡，高价", SenderRole.Agent)]
    public void Offers_stay_caught(string text, SenderRole role) => LabelAssert.RuleFlags(Labels.Prohibited, text, role);

    [Theory]
    [InlineData("Printer carts are compatible with HP 305 only, please double-check your model")]   // C8: HP the brand
    [InlineData("This toner fits the HP LaserJet M15 only, please double check the model number")]
    public void A_printer_brand_is_no_horsepower_claim(string text) => LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Fact]
    public void Horsepower_doubled_stays_caught() => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, "our additive will double your horsepower");
}
