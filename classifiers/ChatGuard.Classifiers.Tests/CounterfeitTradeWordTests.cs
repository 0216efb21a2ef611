using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C5 in the replica trade's own words (Lexicons/counterfeit_en.json, counterfeit_zh.json): batch codes, copies sold by
/// the check they pass, a brand's mark added on request, factory stories, 翻版/冒牌/無盒正品 and veiled spellings. The twins
/// are a buyer asking or reporting, an authorized shop inviting the check, honest unbranded goods and a shop reissuing its
/// own earlier model; each hit only holds for review (precision first).
/// </summary>
public sealed class CounterfeitTradeWordTests
{
    private const string Label = Labels.Counterfeit;

    [Theory]
    [InlineData("batch-code", "the LJR batch is back, size 40 to 46")]
    [InlineData("batch-code", "go with the best batch, the cheap one has the swoosh a bit off")]
    [InlineData("passes-authentication", "these pass Entrupy every time, no problem")]
    [InlineData("passes-as-real", "wear them out, nobody ever calls them out")]
    [InlineData("applied-brand-mark", "we can stitch on the Adidas logo after you order")]
    [InlineData("factory-leak", "overrun stock from the Adidas supplier, identical to the store ones")]
    [InlineData("one-to-one", "1:1 with the date code and heat stamp, like the boutique")]
    public void A_shop_offering_copies_in_trade_words_is_held(string rule, string text) =>
        LabelAssert.HeldByRule(Label, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("passes-authentication", "这双是过验版，价格贵一点")]
    [InlineData("passes-authentication", "得物那边也过得了，放心")]
    [InlineData("fake-term", "呢对波鞋系翻版，做工好靚")]
    [InlineData("fake-term", "無盒正品，只要專櫃兩折")]
    [InlineData("fake-term", "这款是F品哈，介意勿拍")]
    [InlineData("implied-fake", "别问是不是正品了，这个价你心里有数")]
    [InlineData("implied-fake", "渠道货嘛，懂的都懂")]
    [InlineData("reissue", "公司级的做工比一般版好")]
    [InlineData("admits-not-genuine", "不是真品，但细节都对过，外观九成像")]
    public void A_shop_offering_copies_in_chinese_trade_words_is_held(string rule, string text) =>
        LabelAssert.HeldByRule(Label, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("a new batch of honey arrives on Monday")]
    [InlineData("we only sell authentic pairs, each passed Entrupy authentication, certificate included")]
    [InlineData("a small scratch on the back, wear it and nobody will notice")]
    [InlineData("we can print your own logo on the hoodies for the team")]
    [InlineData("unbranded, no logo, made in the same factory that makes our other socks")]
    [InlineData("made in the same factory as our previous batch, quality hasn't changed")]
    [InlineData("1:1 replacement for the original charger cable, fully compatible")]
    [InlineData("这是我们家第一代保温杯的复刻款，换了新内胆")]
    [InlineData("莆田桂圆干是老家特产，今年新货")]
    [InlineData("尾货不代表假货哈亲，是商场退回来的过季库存")]
    [InlineData("我们是品牌授权店，支持鉴定，随便验")]
    [InlineData("唔系翻版，全部行货")]
    [InlineData("这批纯原色的棉T没有染色")]
    public void Honest_goods_and_look_alikes_are_no_counterfeit(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("你们这个能过得物鉴定吗？")]
    [InlineData("is it the LJR batch or retail? I want real ones")]
    public void A_buyer_asking_is_clean(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);
}
