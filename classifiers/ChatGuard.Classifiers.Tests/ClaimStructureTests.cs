using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C8 structures (Lexicons/claims_en.json, claims_zh.json): an absolute term, cure, amount or authority bound to the
/// product or shop. The twins bind the same words to time, order, a complaint, the shop's own range or a hedge, or put
/// them in a buyer's question; each hit only holds for review (precision first).
/// </summary>
public sealed class ClaimStructureTests
{
    private const string Label = Labels.ExaggeratedClaims;

    [Theory]
    [InlineData("absolute-term", "our #1 rated blender on the planet, chefs swear by it")]
    [InlineData("absolute-term", "🥇 in the world for hair growth, trust")]
    [InlineData("absolute-term", "the greatest mattress of all time, nothing comes close")]
    [InlineData("absolute-term", "this drill is tougher than any Makita or Bosch")]
    [InlineData("absolute-term", "the only serum that actually works on dark spots")]
    [InlineData("absolute-claim", "this suitcase is indestructible, throw it off a truck")]
    [InlineData("cures-disease", "the drops restore your eyesight in a month")]
    [InlineData("cures-disease", "this oil cures everything, headaches to joint problems")]
    [InlineData("weight-loss", "the tea burns 4kg of belly fat every week")]
    [InlineData("cure-claim", "zero side effects, safe for everyone")]
    [InlineData("absolute-claim", "the whitening strips give permanent results, teeth stay white for life")]
    [InlineData("absolute-claim", "follow the signals and you can't lose money")]
    [InlineData("absolute-claim", "every single student of ours got hired within a month")]
    [InlineData("doctor-endorsement", "our sleep spray is FDA approved as a cure for insomnia")]
    [InlineData("doctor-endorsement", "NASA developed this cooling fabric")]
    [InlineData("guaranteed-outcome", "the chip boosts horsepower by 40% on any car")]
    public void A_shop_binding_a_claim_to_its_product_is_held(string rule, string text) =>
        LabelAssert.HeldByRule(Label, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("absolute-term", "这款电暖器是世界上最省电的")]
    [InlineData("absolute-term", "史无前例的折扣，错过等一年")]
    [InlineData("absolute-term", "这效果 🥇品质")]
    [InlineData("doctor-endorsement", "院士都在喝的养生茶")]
    [InlineData("absolute-claim", "这口锅摔不坏，用一辈子")]
    [InlineData("cured-outcome", "敷完一个月脸上的斑全没了")]
    [InlineData("absolute-claim", "这款精华5天美白")]
    [InlineData("absolute-claim", "无效不要钱，喝一个月就知道")]
    [InlineData("cured-outcome", "腰腿痛一贴就好")]
    [InlineData("cures-disease", "每天一杯降三高")]
    [InlineData("course-mastery", "记忆课学完过目不忘")]
    public void A_shop_binding_a_chinese_claim_to_its_product_is_held(string rule, string text) =>
        LabelAssert.HeldByRule(Label, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("best before 03/2027, keep it in a cool place")]
    [InlineData("thanks for your first order with us")]
    [InlineData("the 1 in the box is the spare fuse")]
    [InlineData("it's the cheapest one we stock, the other two cost more")]
    [InlineData("the glue cures in 24 hours, then you can sand it")]
    [InlineData("I can't say it's the greatest of all time, but customers like it")]
    [InlineData("this cream won't repair scars, it only moisturises")]
    [InlineData("the parcel weighs 2kg with the box")]
    [InlineData("permanent hair colour, lasts until it grows out")]
    [InlineData("every student gets a certificate after the last lesson")]
    [InlineData("the NASA logo tee comes in three sizes")]
    [InlineData("fuel additive now 30% off, today only")]
    [InlineData("\"No side effects\" isn't something we can claim, please patch test first")]
    [InlineData("some sellers claim it kills cancer cells, please don't believe that")]
    [InlineData("nothing is truly unbreakable, but it passed our 1.5m drop test")]
    [InlineData("our facility is FDA registered, but the supplement itself isn't FDA approved")]
    public void English_look_alikes_are_not_claims(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("最近发货有点慢，最好明天再拍")]
    [InlineData("这是我第一次买，上次那家是最差的一次")]
    [InlineData("市面上最常见的尺寸是40码")]
    [InlineData("正常使用一般摔不坏，但别从高处扔")]
    [InlineData("斑马纹的都没了，只剩纯色")]
    [InlineData("7天无理由退换，美白精华也可以退")]
    [InlineData("本品辅助降血脂，不能代替药物")]
    [InlineData("这个价格是我们店降价后的")]
    [InlineData("终身保修，永久免费更新")]
    public void Chinese_look_alikes_are_not_claims(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("is this the best one on the market?")]
    [InlineData("这是世界上最好的吗？")]
    public void A_buyer_asking_is_clean(string text) => LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);
}
