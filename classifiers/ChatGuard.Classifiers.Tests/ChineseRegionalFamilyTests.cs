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

    [Theory]
    [InlineData("你这个沙雕 说了多少遍了")]                                          // C2: 沙雕 said to the person
    [InlineData("沙雕卖家 连个快递都寄错")]
    [InlineData("妳 女马 的 到底退不退")]                                           // C2: 妈 split into 女马
    [InlineData("草泥女马 又是这套话术")]
    [InlineData("客服是ㄋㄠˇㄘㄢˊ喔 講不聽")]                                         // C2: insults spelled in 注音
    [InlineData("你真的ㄓˋㄓㄤˋ欸")]
    public void Flags_the_abuse_family(string text) => LabelAssert.Flags(Labels.Abuse, text);

    [Theory]
    [InlineData("这个沙雕公仔摆在办公桌很解压")]                                     // the playful 沙雕 of a product
    [InlineData("送你一份沙雕礼物 祝生日快乐")]
    [InlineData("我家狗子每天都很沙雕")]
    [InlineData("女马甲和女马丁靴今天都能发")]                                       // 女马甲, 女马丁靴: clothes
    [InlineData("顏色有ㄅㄞˊ色跟ㄏㄟ色")]                                            // 注音 of a colour
    public void Keeps_the_abuse_look_alike_clean(string text) => LabelAssert.DoesNotFlag(Labels.Abuse, text);
}
