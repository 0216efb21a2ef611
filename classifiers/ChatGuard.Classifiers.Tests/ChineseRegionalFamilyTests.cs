using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: Chinese, Taiwanese and Hong Kong families a fresh blind check missed (marketplace nicknames with a search,
/// an ID number to add, Cantonese copulas before a handle, …), each phrased apart from the corpus, with the look-alikes
/// shops really write kept clean.
/// </summary>
public class ChineseRegionalFamilyTests
{
    [Theory]
    [InlineData("闲🐟上搜『橘子杂货』就能拍到，便宜十块")]                            // C1: 闲鱼 with its emoji nickname
    [InlineData("那款在鱼上也有，便宜一些")]
    [InlineData("小红📕搜 糖糖手作 有全部款式")]                                    // C1: 小红书 split or nicknamed
    [InlineData("纟工书上也开了店，搜同名就行")]
    [InlineData("来红薯上搜我们家账号，图更多")]
    [InlineData("淘宝上也挂着这款，想要那边拍也行")]                               // C1: listed there as well
    [InlineData("下單備註寫ID 0938 112 456，記得加我")]                           // C1: a mobile number under "ID", to be added
    [InlineData("我 line id 係 kiki_hk23，add 咗再講")]                             // C1: Cantonese 係 before a handle
    public void Flags_the_contact_diversion_family(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("今年的红薯上市早，蜜薯口感更甜")]                                  // 红薯: the vegetable
    [InlineData("这批冰鲜鱼上架就被抢光了，明天补货")]
    [InlineData("会员ID 77120394 的积分已经加上去了")]                             // an ID with no ask to add it
    [InlineData("商品ID 55013287 加入购物车就能看到优惠")]
    [InlineData("小红帽款式的尺寸表在详情页")]
    [InlineData("LINE 係我哋其中一個通知渠道，訂單狀態會自動推送")]               // 係 before no handle
    public void Keeps_the_contact_diversion_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
