using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class ExaggeratedClaimsTests
{
    private const string Label = Labels.ExaggeratedClaims;

    [Theory]
    [InlineData("报我们的班，考试包过")]
    [InlineData("保证通过，不过退费")]
    [InlineData("这个药膏能根治湿疹")]
    [InlineData("三天见效，一周彻底治愈")]
    [InlineData("喝一个月瘦十五斤")]
    [InlineData("学完保证月入过万")]
    [InlineData("跟我炒币稳赚不赔")]
    [InlineData("孩子用了记忆力提高一倍")]
    [InlineData("降糖茶能治好糖尿病")]
    [InlineData("包 過")]
    [InlineData("Guaranteed to lose 20 pounds in two weeks")]
    [InlineData("This cream cures eczema permanently")]
    [InlineData("Our course guarantees you will earn six figures")]
    [InlineData("100% effective, results overnight")]
    [InlineData("包治颈椎病，一贴见效")]
    [InlineData("This serum removes wrinkles forever")]
    [InlineData("这款增高鞋垫让你长高10厘米")]
    [InlineData("Clinically proven to cure anxiety in 3 days")]
    [InlineData("Pass the exam or your money back, guaranteed pass")]
    public void Flags_overstated_effects(string text) => LabelAssert.Flags(Label, text);

    [Theory]
    [InlineData("效果因人而异，坚持使用更好")]
    [InlineData("本品不能替代药物，请遵医嘱")]
    [InlineData("我们不保证通过，但会认真辅导")]
    [InlineData("保证金已经交过了")]
    [InlineData("保证正品，假一赔三")]
    [InlineData("这条裤子很显瘦")]
    [InlineData("过滤网建议三个月换一次")]
    [InlineData("Results may vary")]
    [InlineData("The glue cures in 24 hours")]
    [InlineData("100%纯棉，不起球")]
    [InlineData("学习效果取决于个人努力")]
    [InlineData("This shampoo helps reduce dandruff")]
    [InlineData("代考英语四级，包过")]
    [InlineData("充值一百送五十，稳赚，每天都能提现")]
    public void Passes_hedged_or_factual_claims(string text) => LabelAssert.DoesNotFlag(Label, text);

    // C8 / Advertising Law art. 9(3): superlatives of efficacy; advice on the best way to use a product is not a claim.
    [Theory]
    [InlineData("our most effective anti-ageing formula")]
    [InlineData("这是世界上最好的按摩椅")]
    public void Flags_superlatives_of_efficacy(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("the most effective way to clean it is warm water")]
    [InlineData("最有效的保存方法是冷藏")]
    public void Passes_advice_on_use(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C8: a product standing in for a medicine, fat lost without effort; a shop saying it cannot is honest.
    [Theory]
    [InlineData("这款茶能替代降糖药，长期喝就行")]
    [InlineData("it replaces your insulin shots within a month")]
    [InlineData("lose weight while you sleep with this patch")]
    public void Flags_medicine_replacement_and_effortless_loss(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("本品是普通食品，不能替代药物治疗")]
    [InlineData("this humidifier runs quietly while you sleep")]
    public void Passes_disclaimers_and_quiet_products(string text) => LabelAssert.NoRuleFlags(Label, text);

    // C8: mastery promised in a set time; a course's outline is not a promise.
    [Theory]
    [InlineData("零基础七天精通PS")]
    [InlineData("跟我学两个月实现财务自由")]
    public void Flags_mastery_in_a_set_time(string text) => LabelAssert.RuleFlags(Label, text);

    [Fact]
    public void Passes_a_course_outline() => LabelAssert.NoRuleFlags(Label, "课程共12周，每周两节，适合有基础的同学");

    // The 44,476-line model (session 12) scores this look-alike above its calibrated review threshold, so it is held for
    // review (never blocked); no rule may flag it. Its learned score is judged by the calibration's measured legitimate
    // flag rate (models/README.md), not line by line.
    [Theory]
    [InlineData("We guarantee free returns within 30 days")]
    public void No_rule_flags_a_look_alike_the_model_holds(string text) => LabelAssert.NoRuleFlags(Label, text);

    // Issue 16, session 17: families the leave-families-out evaluation missed, phrased apart from the corpus.
    /// <summary>C8: cures of named diseases, world-first superlatives and results guaranteed against money.</summary>
    [Theory]
    [InlineData("this tea treats diabetes within a month")]
    [InlineData("this balm fixes gout in a week")]
    [InlineData("number one in the country, nothing comes close")]
    [InlineData("the purest olive oil on the planet")]
    [InlineData("宇宙第一好穿的拖鞋")]
    [InlineData("100% results or your money back, every time")]
    [InlineData("一节课提分三十分")]
    public void Flags_cures_superlatives_and_paid_guarantees(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>C8 precision: a denied claim, dog treats, the best way to reach us, praise, a reported scam, a place in a queue.</summary>
    [Theory]
    [InlineData("we don't claim it treats eczema, it's a gentle moisturiser")]
    [InlineData("dog treats for small breeds, chicken flavour")]
    [InlineData("the best way to reach us is this chat")]
    [InlineData("best seller in our shop, very comfortable")]
    [InlineData("our courier said someone promised a double refund, that wasn't us")]
    [InlineData("number one in the queue, your order ships first tomorrow")]
    public void Passes_look_alikes_of_cures_and_superlatives(string text) => LabelAssert.NoRuleNeverBlocked(Label, text);

    /// <summary>
    /// C8 precision, session 18: a shop denying the claim (没有保过的说法, 不敢保证, "nothing safe will"), warning about
    /// products or accounts that make it, medical treatment named as what the product is not, and names holding a claim
    /// word (Miracle-Gro, a "World's Best Dad" mug, a vacuum's 最强档, a card wallet's 卡包，有效期).
    /// </summary>
    [Theory]
    [InlineData("我们的课没有包过这种说法，考试还是要靠自己")]
    [InlineData("课程没办法保证考过，但每周有答疑")]
    [InlineData("孩子成绩提升多少我们不敢保证，老师会跟进作业")]
    [InlineData("这款面霜对湿疹没有治疗作用，只是保湿")]
    [InlineData("这款茶只是饮品，不能替代药物治疗，血糖高请看医生")]
    [InlineData("Please be careful with sellers claiming a tea can cure diabetes, ours is just a herbal blend")]
    [InlineData("No supplement can cure arthritis, this one is a joint-care vitamin only")]
    [InlineData("It won't make you lose 5 kg in a week, nothing safe will, it just keeps you full")]
    [InlineData("Miracle-Gro rose feed, 1 kg tub")]
    [InlineData("The 'World's Best Dad' mug holds 330 ml and is microwave safe")]
    [InlineData("续航最长50分钟，开最强档大概15分钟")]
    [InlineData("优惠券退回到您的卡包，有效期不变")]
    [InlineData("根治失眠？亲，这是食品不是药哦，改善睡眠要看医生")] // the shop saying what the product is not
    [InlineData("客户问这个课是不是包过，我回复没有包过，只能说帮助提升")]
    public void Passes_denied_claims_warnings_and_names(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>C8 recall beside those guards: a pass, a cure and a weight loss promised still count.</summary>
    [Theory]
    [InlineData("报我们的课保过，不过全额退款")]
    [InlineData("这个茶喝一个月就能治好糖尿病")]
    [InlineData("包治百病，三天见效")]
    [InlineData("This tea will cure your diabetes in a month")]
    [InlineData("Lose 10 kg in a week with our slimming drops")]
    [InlineData("买家问这个枕头能不能根治失眠，我说可以的")] // a relayed question answered yes
    public void Still_flags_claims_beside_the_guards(string text) => LabelAssert.RuleFlags(Label, text);

    /// <summary>
    /// C8 precision, session 20: a staff note banning the wording it quotes (不要用"国家级", "we won't say 'best in the
    /// world'"), a buyer's question relayed by staff, and a food's best-before window (最佳赏味期).
    /// </summary>
    [Theory]
    [InlineData("主图上不要用“国家级”和“全网第一”这种字眼")]
    [InlineData("这款挂耳咖啡的最佳赏味期是烘焙后30天")]
    [InlineData("有买家问能不能保证瘦8斤，我回复看个人体质")]
    [InlineData("Team: we won't say \"best in the world\" anywhere in the listing")]
    public void Passes_staff_notes_banning_claim_wording(string text) => LabelAssert.NoRuleFlags(Label, text);

    /// <summary>C8 recall, session 20: "the best in the world" in the buyer's language, instant height, a weight lost in two weeks.</summary>
    [Theory]
    [InlineData("das beste Serum weltweit, Falten weg in 7 Tagen")]
    [InlineData("la meilleure crème du monde pour les rides")]
    [InlineData("吃了马上长高，不用运动")]
    [InlineData("guaranteed -8kg in 2 weeks, no gym")]
    public void Flags_world_best_and_instant_results(string text) => LabelAssert.RuleFlags(Label, text);
}
