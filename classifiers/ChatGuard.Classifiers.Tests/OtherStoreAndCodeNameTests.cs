using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 as shops hide the way out in round 22's training sets: an app by its short name or slang before a handle (disc:,
/// 哀居, السناب), a search verb between the app and the handle, the shop's other store on another marketplace (my other
/// shop on Vinted, 我们Ozon另一个店, свой магазин на Авито, 鱼上挂着), the platform's fee as the lure (komisyon çok), a
/// Discord invite, a QR code read off the live-stream screen, LINE asked as 賴. The look-alikes stay clean: a red packet
/// opened by a password, a tip sheet called 内部资料, "CS" (which reads "sc" backwards), a card number asked with its password, a disc
/// brake. Phrased apart from the corpora.
/// </summary>
public class OtherStoreAndCodeNameTests
{
    [Theory]
    [InlineData("disc: lunaresells#2291 for restock pings")]
    [InlineData("IG search tw.vintage_lab 有 discount code")]
    [InlineData("追蹤哀居 @mori.select 看新品")]
    [InlineData("ضيفني سناب: riyadh_phones_77")]
    [InlineData("my other store on depop has the same jacket for less")]
    [InlineData("去我们ozon另一个店下单，名字叫暖暖家纺")]
    [InlineData("у нас есть свой магазин на авито, там дешевле")]
    [InlineData("同款鱼上挂着呢，老地方")]
    [InlineData("hepsiburada komisyon çok, instagram'dan yazın")]
    [InlineData("we got a discord server, dm me for the invite")]
    [InlineData("直播间的宝宝截图识别一下左下角那个码 进群领券")]
    [InlineData("有賴嗎？我傳價目表給你")]
    [InlineData("FB粉專有更多款 搜尋小明選物")]                       // the shop's Facebook fan page, searched for
    public void A_shop_s_way_out_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("好评的亲私我 返现走口令红包")]
    [InlineData("内部资料 三中三 进群领")]
    [InlineData("请提供银行卡号和密码以便核实补贴")]
    [InlineData("disc brake pads fit 2019 models only")]
    [InlineData("our other store location is closed on sundays")]
    [InlineData("Shopee CS here, your refund is being processed")]
    [InlineData("我們粉專會公布得獎名單，一樣以平台公告為準")]
    [InlineData("可以在商品頁搜尋型號")]
    public void A_look_alike_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("tracking no. +55 11 97766 5432 (this is my zap, faster)")]
    public void A_phone_passed_off_as_tracking_with_the_app_named_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
}
