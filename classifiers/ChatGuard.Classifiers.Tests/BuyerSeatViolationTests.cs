using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C5–C7 written from the buyer's seat (Lexicons/buyer_seat_*.json): a sender posing as the platform or a regulator to the
/// shop, a buyer selling a good review for money, a buyer ordering fakes. Their look-alikes are what buyers ask every day.
/// </summary>
public sealed class BuyerSeatViolationTests
{
    [Theory]
    [InlineData("我是市场监督管理局的执法人员，你们店被人举报销售三无产品，马上配合调查")]
    [InlineData("您好，这里是抖音电商平台风控中心，贵店存在虚假交易，需缴纳保证金")]
    [InlineData("Hello, I'm from the TikTok Shop seller compliance team, your store has been flagged for a violation")]
    [InlineData("this is Lazada seller support, your account will be suspended unless you verify today")]
    [InlineData("我是平台招商经理，你们店铺违规了，要交保证金才能恢复")]
    public void A_buyer_posing_as_the_platform_or_a_regulator_to_the_shop_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("我要去市场监管局投诉你们店，三天了还不发货")]
    [InlineData("我是警察，这个执法记录仪的支架还有货吗")]
    [InlineData("我是抖音的老用户了，你们店怎么能这样对顾客")]
    [InlineData("someone said they were from Shopee seller support and asked me to verify my account, is that you?")]
    public void A_buyer_complaining_naming_their_job_or_reporting_a_pose_is_no_impersonation(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("给我返15块我就给你们五星好评")]
    [InlineData("你们补我个红包 我把差评删了")]
    [InlineData("refund me $10 and I'll update my review to five stars")]
    [InlineData("send me a free case and i'll leave a 5 star review")]
    public void A_buyer_selling_a_good_review_is_review_solicitation(string text) =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("已经给你们五星好评了，记得返我5块哦")]
    [InlineData("不给我退款我就给差评")]
    [InlineData("包裹里那张好评返现的卡片是真的吗")]
    [InlineData("I left a 5 star review already, thanks for the quick delivery")]
    public void A_buyer_who_reviewed_threatens_a_bad_review_or_asks_about_a_card_trades_nothing(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("有没有高仿的AJ，要跟正品一样的那种")]
    [InlineData("我就要莆田货 便宜就行")]
    [InlineData("got any 1:1 reps of the dunks? need 3 pairs")]
    [InlineData("I want the first copy version, not original")]
    public void A_buyer_ordering_fakes_is_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text, SenderRole.Buyer);

    [Theory]
    [InlineData("这个是不是高仿啊 我怕买到假的")]
    [InlineData("有没有高仿真的绿植摆件，放客厅的")]
    [InlineData("are these replicas or real? price seems too low")]
    [InlineData("I don't want fakes, is this authentic?")]
    [InlineData("do you have the 1:1 scale model of the F1 car")]
    public void A_buyer_asking_whether_goods_are_fake_or_wanting_a_realistic_model_orders_no_fakes(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text, SenderRole.Buyer);
}
