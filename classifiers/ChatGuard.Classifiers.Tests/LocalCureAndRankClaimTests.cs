using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C8 in local languages and live-commerce dialect: a disease cured for good (khỏi hẳn, inatibu, dijamin sembuh, лечит …
/// навсегда, "gone for good", 祖传偏方 专治腰间盘突出) and a ranking over the whole platform (全平台第一). Beside them: "dijamin
/// ori" (guaranteed genuine), a shop saying it is no medicine, "the first shop on the platform", a knee warmer for people
/// with cold knees. Phrased apart from the corpora.
/// </summary>
public class LocalCureAndRankClaimTests
{
    [Theory]
    [InlineData("thuốc này uống là khỏi hẳn đau dạ dày")]
    [InlineData("dawa hii inatibu presha kabisa")]
    [InlineData("krim ini dijamin sembuh penyakit kulit")]
    [InlineData("祖传偏方 专治腰间盘突出 一贴就好")]
    [InlineData("本店产品全平台第一")]
    public void A_cure_or_a_ranking_over_the_platform_is_an_exaggerated_claim(string text) =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("dijamin ori 100%, kak")]
    [InlineData("produk ini bukan obat, tidak dijamin sembuh, konsultasi dokter ya")]
    [InlineData("không phải thuốc, không chữa khỏi bệnh nha chị")]
    [InlineData("dawa hii haiponyi kisukari, muone daktari")]
    [InlineData("本店是平台第一家入驻的商家")]
    [InlineData("我们不敢说专治老寒腿，只是护膝保暖")]
    [InlineData("护膝保暖，老寒腿的朋友冬天可以戴")]
    public void A_denial_a_genuineness_promise_or_an_order_of_time_is_not_a_claim(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("Lip balm that heals eczema permanently, 3 days")]
    [InlineData("psoriasis gone for good after one jar")]
    [InlineData("этот бальзам лечит артрит навсегда")]
    public void A_disease_said_to_go_for_good_is_an_exaggerated_claim(string text) =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("our lotion soothes dry skin, eczema can come back so see a doctor")]
    [InlineData("этот бальзам не лечит артрит, это уход")]
    public void Soothing_care_and_a_denial_are_not_a_cure_claim(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);
}
