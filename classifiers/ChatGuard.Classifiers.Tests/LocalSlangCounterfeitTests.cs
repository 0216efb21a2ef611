using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C5 in live-commerce and local words: a famous liquor "贴牌" (its label on someone else's bottle), "not genuine, but at this
/// price…", a buyer turning down the genuine for a 1:1 copy, keygens and cracked plugins, imitación de primera, tarocco,
/// งานก๊อป. Beside them: a distillery bottling under the buyer's own label, a genuine seller's price boast, a denial in
/// Cantonese, "not a photocopy", a diploma racket (C3, not C5), a cracked screen, blood oranges, costume jewellery and a
/// compatible charger. Phrased apart from the corpora.
/// </summary>
public class LocalSlangCounterfeitTests
{
    [Theory]
    [InlineData("这是贴牌的五粮液 口感差不多 便宜一半")]
    [InlineData("不是正品哈 但这个价你上哪买去")]
    public void A_seller_admitting_a_copy_is_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Fact]
    public void A_buyer_turning_down_the_genuine_for_a_copy_is_counterfeit() =>
        LabelAssert.RuleFlags(Labels.Counterfeit, "有没有一比一的香奈儿 不要正品", SenderRole.Buyer);

    [Theory]
    [InlineData("我们是茅台镇的酒厂，可以贴牌定制你自己的品牌")]
    [InlineData("我们工厂做贴牌代工，可以贴你们的logo")]
    [InlineData("这鞋是正品，三百块你上哪买去")]
    [InlineData("我哋從來唔賣A貨，全部有單據")]
    [InlineData("这本是正版，非影印本，有防伪标")]
    [InlineData("毕业证代办 包过验证 学信网可查")]
    public void Own_label_bottling_a_denial_and_a_forged_paper_are_not_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("这个是正品吗？不要高仿的")]
    [InlineData("正品太贵了，有没有便宜点的正品")]
    public void A_buyer_wanting_the_genuine_article_is_not_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text, SenderRole.Buyer);

    [Theory]
    [InlineData("Adobe suite keys made with a keygen, 5 dollars")]
    [InlineData("这个CAD插件是破解的，终身用")]
    [InlineData("bolsos imitación de primera, tipo original")]
    [InlineData("scarpe taroccate ma fatte bene")]
    [InlineData("งานก๊อปค่ะ ไม่ใช่ของแท้ แต่งานดี")]
    public void Keygens_cracked_plugins_and_copies_named_in_local_words_are_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("手机屏幕破解的不保修")]
    [InlineData("succo di arancia tarocco, bottiglia da 1 litro")]
    [InlineData("joyería de imitación, igualito a la foto")]
    [InlineData("ของแท้ 100% ไม่ใช่ของก๊อป")]
    [InlineData("cargador compatible, no es original pero la calidad es buena")]
    public void A_cracked_screen_blood_oranges_costume_jewellery_and_compatible_parts_are_not_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);
}
