using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 recall, session 28 (Lexicons/prohibited_covert.json): prohibited trades pitched in veiled words — an offer cue beside
/// a code term (an escort's menu beside the girls or the night, 上分 beside a transfer, a top-up with a bonus beside the cash-out, a tip or a line beside the payout, a
/// sum paid in beside a downline, a document beside "any name", a phone watched beside "they won't know", a gun frame
/// beside "untraceable") — held for a moderator and never acting alone. Beside them, the innocent twins sharing those words
/// (a full-service car wash, a book's happy ending, game ranking, a group buy, a diploma frame, a child's watch, a toy) and
/// a buyer reporting what someone else offered stay clean. Phrased apart from the corpora and the training sets.
/// </summary>
public class ProhibitedCovertOfferTests
{
    [Theory]
    [InlineData("sexual-service-menu", "new ladies in town, gfe available, rates on request")]
    [InlineData("sexual-service-menu", "outcall to your hotel tonight, discreet")]
    [InlineData("sexual-service-menu", "our spa massage ends with a happy ending, cash only")]
    [InlineData("sexual-service-menu", "young girls, full service, overnight possible")]
    [InlineData("gambling-credit", "想上分的话先转账到这个卡号，到了马上给你加")]
    [InlineData("gambling-credit", "下分要先交风控保证金才能出")]
    [InlineData("recharge-cashout", "首充200送88，当天就能提现，稳赚不赔")]
    [InlineData("recharge-cashout", "充钱翻倍 每晚十点秒提")]
    [InlineData("betting-code", "bjl有稳的路子 带你回血")]
    [InlineData("betting-code", "we run the footy tips comp, cash payouts every Sunday")]
    [InlineData("betting-code", "premier league odds, credit line 2k, settle every Friday")]
    [InlineData("pyramid-sum-and-downline", "交 3980 拉三个人就回本")]
    [InlineData("pyramid-sum-and-downline", "pay 5000 once, then recruit 3 and earn from every level")]
    [InlineData("document-made-to-order", "birth certificate any name any dob, 2 days")]
    [InlineData("document-made-to-order", "毕业证 学位证 都能做 跟真的一样")]
    [InlineData("document-made-to-order", "driver's license with your photo, looks real, in database")]
    [InlineData("document-made-to-order", "work permit card, dont need real one, just look real, 3 days")]
    [InlineData("covert-tracking", "装在老公手机上 定位和聊天记录都能看 他不知道")]
    [InlineData("covert-tracking", "see her live location without her knowing, 30 a week")]
    [InlineData("records-lookup", "只要对方手机号就能查到真实住址")]
    [InlineData("untraceable-gun", "printed pistol frames, untraceable, pickup only")]
    [InlineData("untraceable-gun", "ghost gun kits, no serial, ships this week")]
    public void A_code_term_beside_its_offer_cue_is_held_not_blocked_by_the_rule(string rule, string text) =>
        LabelAssert.HeldByRule(Labels.Prohibited, rule, text, SenderRole.Unknown);

    // Precision first: the same words in a garage, a book, a game, a group buy, a frame, a child's watch or a toy; a shop
    // asking for the buyer's own number; a buyer reporting what a stranger offered.
    [Theory]
    [InlineData("we offer full service installation for the gas grill")]
    [InlineData("is this the novel with the happy ending? buying it for my daughter")]
    [InlineData("the massage gun comes with extras: 6 heads and a case")]
    [InlineData("we dont do outcall, the massage chair is sold as a machine only")]
    [InlineData("someone messaged me offering an escort service, is this your shop?")]
    [InlineData("a stranger tried to sell me fake IDs in the comments, I reported him")]
    [InlineData("escort carrier model kit 1:700, in stock?")]
    [InlineData("Ford Escort door handle in stock?")]
    [InlineData("王者荣耀上分代练 转账后开始打 星耀到王者")]
    [InlineData("这把游戏上分好难 给个攻略")]
    [InlineData("菠菜种子 新鲜菠菜 一斤多少")]
    [InlineData("期末考试上分 老师说作业也算")]
    [InlineData("football odds and ends box, mixed stickers")]
    [InlineData("potato chips cash on delivery?")]
    [InlineData("拼团：交99元 拉两个人成团就发货")]
    [InlineData("affiliate program: free to join, earn 5% on your own referrals")]
    [InlineData("passport photo printing any size, same day")]
    [InlineData("diploma frame, any name engraved, looks real wood")]
    [InlineData("birth certificate translation, notarised, 3 days")]
    [InlineData("儿童手表定位 孩子在哪都知道 不需要充值")]
    [InlineData("余额充值后可以提现吗？")]
    [InlineData("话费充值送10元流量，充值金额不可提现")]
    [InlineData("说充值送钱还能提现的都是骗子，别信")]
    [InlineData("GPS防丢定位器 放行李箱 自己手机看位置")]
    [InlineData("请提供手机号 我们查一下您的订单地址")]
    [InlineData("3D printed photo frames, any size")]
    [InlineData("airsoft gun sold legally with age check, no serial needed for toys")]
    [InlineData("ghost costume for halloween, kids size")]
    [InlineData("killer deal on the gas grill this week")]
    [InlineData("security camera for the shop, burglars wont know it is there")]
    [InlineData("please send your bank statement page showing the refund, we can check on system")]
    public void The_innocent_twins_raise_no_prohibited_rule(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Unknown);
}
