using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C5 structures of Lexicons/counterfeit_forged_proof.json: the shop makes the brand's proof of authenticity itself
/// (防伪贴, 序列号, a verification page), sells the brand's logo while saying it is not the brand's, says nobody can
/// tell its copy from the real one, or names a replica grade (mirror quality, UA batch). The twins are an
/// own-brand shop's own tags and chips, the brand's own code the buyer may check, extras packed with the goods, a
/// custom logo, the shop refusing forged marks, an invisible repair, a mirror sold as a mirror; each hit only holds for
/// review.
/// </summary>
public sealed class ForgedAuthenticityProofTests
{
    private const string Label = Labels.Counterfeit;

    [Theory]
    [InlineData("防伪贴我们有整卷的，贴上去官方查得到")]
    [InlineData("防偽標籤我們可以另外貼，掃了會顯示正品")]
    [InlineData("二维码防伪是我们自己做的页面，扫了显示官方验证")]
    [InlineData("耳机序列号是复制的真机的，官网能查到但不是这台")]
    [InlineData("the QR code leads to our own \"verification\" page, it always says authentic")]
    [InlineData("Stanley cups with the logo, not from Stanley, 40oz, 8 dollars wholesale")]
    [InlineData("blush with full branding, not from Sephora, way cheaper")]
    public void A_shop_forging_the_proof_or_the_brand_is_held(string text) =>
        LabelAssert.HeldByRule(Label, "forged-proof", text, SenderRole.Agent);

    [Theory]
    [InlineData("序列号您自己查一下，官网能查到")]
    [InlineData("防伪码是品牌方做的，扫码可以查询")]
    [InlineData("我们自己做的T恤，吊牌也是自己印的")]
    [InlineData("盒子和防尘袋我们另外配了")]
    [InlineData("Custom mugs printed with your logo, not from a template")]
    [InlineData("我们不做防伪贴，没有这种东西")]
    [InlineData("芯片我们自己做的，是自有品牌的智能手环")]
    public void Look_alikes_forge_nothing(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("you can't tell them apart from the real ones, even side by side")]
    [InlineData("this is the best version out there, no one will spot it as not real")]
    public void A_copy_said_to_pass_for_the_genuine_article_is_held(string text) =>
        LabelAssert.HeldByRule(Label, "forged-proof", text, SenderRole.Agent);

    [Theory]
    [InlineData("the scratch is so small you can't tell them apart")]
    [InlineData("修补的地方看不出来，放心")]
    public void An_invisible_repair_passes_nothing_off(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("clean factory v3 Daytona, ceramic bezel, 904L", SenderRole.Agent)]
    [InlineData("mirror quality pls", SenderRole.Agent)]
    [InlineData("noob factory GMT Pepsi in stock, looks identical on the wrist", SenderRole.Agent)]
    public void A_replica_grade_named_in_english_is_held(string text, SenderRole role) =>
        LabelAssert.HeldByRule(Label, "fake-term", text, role);

    [Theory]
    [InlineData("our mirror bag organiser fits any tote")]
    [InlineData("we don't sell mirror quality copies, only authentic")]
    public void A_mirror_product_or_a_refusal_is_no_grade(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Fact]
    public void A_buyer_reporting_a_grade_offered_elsewhere_is_not_held() =>
        LabelAssert.NoRuleFlags(Label, "someone replied to my comment offering 'mirror quality' Jordans for $60, is that your shop", SenderRole.Buyer);
}
