using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C5 said without the obvious words (Lexicons/veiled_counterfeit.json): the shop's copy grades, goods that pass a check or
/// fool the counter, a dupe under the brand's mark, copied courses, and a buyer ordering them. The twins are an honest
/// dupe under its own name, an authorized shop offering verification, and a buyer asking whether goods are genuine.
/// </summary>
public sealed class VeiledCounterfeitTests
{
    [Theory]
    [InlineData("验货视频可以发您 公司级做工 走线比有些正品还工整")]
    [InlineData("亲 不支持鉴定退货哦 但我们这批能过大部分鉴定app的 放一百个心")]
    [InlineData("同款不同标，标换一下就是那个大牌，价格十分之一")]
    [InlineData("录播课是把原版课程转录下来的，讲义也一起打包给您")]
    [InlineData("Grade AAA, best you'll find online. leather feels exactly like the boutique one")]
    [InlineData("AirPods dupe, pops up as AirPods on your iPhone and the case has the Apple logo")]
    [InlineData("full course ripped from the original platform, all 48 modules plus the worksheets")]
    public void A_shop_offering_copies_in_veiled_words_is_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("老板 有没有纯原的 正品太贵了😭")]
    [InlineData("有扫描版的电子书吗 纸质的太贵了")]
    [InlineData("能过验货吗？我要拿去送人 别被看出来")]
    [InlineData("got any UA pairs? my cousin said you guys have them")]
    [InlineData("need something that looks authentic for a wedding, doesn't have to be real")]
    public void A_buyer_ordering_copies_in_veiled_words_is_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text, SenderRole.Buyer);

    [Theory]
    [InlineData("this is a dupe under our own brand, no logo, same feel for less")]
    [InlineData("我们是品牌授权店，支持专柜验货")]
    [InlineData("we only sell authentic, verified by legit check apps")]
    [InlineData("课程是老师本人录制，购买后在平台观看")]
    [InlineData("仿皮的，不是真皮，价格便宜")]
    public void An_honest_dupe_an_authorized_shop_or_a_course_of_its_own_is_no_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("这双鞋能过得物鉴定吗？是正品吧")]
    [InlineData("这个是不是纯原的？我怕买到假的")]
    [InlineData("有正版的电子书吗")]
    [InlineData("do you have the ua size chart")]
    public void A_buyer_asking_whether_goods_are_genuine_orders_no_copies(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text, SenderRole.Buyer);

    [Fact]
    public void Veiled_wording_could_be_innocent_so_it_holds_for_review_and_never_blocks_alone() =>
        Assert.Equal(ModerationAction.Review, LabelAssert.Scan("同款不同标，标换一下就是那个大牌，价格十分之一", SenderRole.Agent).Action);
}
