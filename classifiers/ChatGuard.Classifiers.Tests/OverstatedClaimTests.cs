using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C8 structures of Lexicons/overstated_claims.json: a disguised 最 after a scope, no rival at all, a product said never
/// to wear out, performance said to equal a named flagship, an endorsement by media, doctors or celebrities, goods sold
/// as an investment that cannot lose. The twins keep the words but drop the claim (醉了, an honest warranty, a colour
/// matching its photo, a denied endorsement, a risk warning, a buyer's question); each hit only holds for review
/// (precision first).
/// </summary>
public sealed class OverstatedClaimTests
{
    private const string Label = Labels.ExaggeratedClaims;

    [Theory]
    [InlineData("absolute-term", "我们这价格全网醉低，手慢无")]
    [InlineData("absolute-term", "价格全网最dī，今天拍还送小样")]
    [InlineData("absolute-term", "本店销量全平台没有哪家卖得比我们多")]
    [InlineData("absolute-term", "零差评产品，用过的人没有一个不满意的")]
    [InlineData("absolute-claim", "我們的平底鍋塗層用一輩子都不會刮花")]
    [InlineData("absolute-claim", "电池用十年不衰减，放心买")]
    [InlineData("absolute-claim", "这个耳机降噪和索尼旗舰一模一样，闭眼入")]
    [InlineData("absolute-claim", "姐妹这个面霜就是平价版海蓝之谜，修复效果一个样")]
    [InlineData("doctor-endorsement", "某顶流明星私下都在用我们家面膜")]
    [InlineData("doctor-endorsement", "Featured on Oprah, the sleep spray everyone talks about")]
    [InlineData("doctor-endorsement", "doctor recommended liver detox, two capsules a day")]
    [InlineData("guaranteed-outcome", "这批翡翠只会越来越贵，今天买明天就涨")]
    [InlineData("guaranteed-outcome", "这饼普洱现在买，三年后翻倍，比存银行强多了")]
    [InlineData("absolute-claim", "this paint never fades, even in full sun")]
    [InlineData("absolute-claim", "the jacket is 100% waterproof, wear it in any storm")]
    public void A_shop_overstating_its_product_is_held(string rule, string text) =>
        LabelAssert.HeldByRule(Label, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("全网都在卖这款，醉了")]
    [InlineData("我们店开了十年，从来不坑人")]
    [InlineData("这款保修十年，正常使用不会坏")]
    [InlineData("没有永远不坏的东西，这个我们保修三年")]
    [InlineData("颜色和图片一模一样，放心拍")]
    [InlineData("金价不会只涨不跌，投资有风险，请理性购买")]
    [InlineData("我们不敢说只涨不跌，收藏看个人喜好")]
    [InlineData("这款和苹果的充电口完全一样，都是type-c")]
    [InlineData("We can't say it's doctor recommended, but many customers like it")]
    [InlineData("the dye is permanent but it will fade slowly in sun")]
    [InlineData("No fabric is 100% waterproof forever, this one is water resistant")]
    public void Look_alikes_are_not_overstatements(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("is this doctor recommended?")]
    [InlineData("好多明星都在用这个色号吗？")]
    public void A_buyer_asking_about_a_claim_makes_none(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);
}
