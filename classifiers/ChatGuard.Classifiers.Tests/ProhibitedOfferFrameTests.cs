using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 offers told by their frame (session 19): a prescription-only drug with the doctor skipped, a drug named by what it
/// does, pornography sold as a pack or link, a street name with its purity vouched for or a private chat asked, betting
/// tips to follow, papers made with the seal, account theft. Each theory holds both the offer and the innocent sense.
/// </summary>
public class ProhibitedOfferFrameTests
{
    private const string Label = Labels.Prohibited;

    [Theory]
    [InlineData("这款助眠药是处方药，我们这边不用挂号也能直接寄")]
    [InlineData("头孢没处方也行吗？我们可以直接发")]
    [InlineData("医生不肯开的减肥针我们有，直接下单")]
    [InlineData("降压药不用单子，拍了就发")]
    [InlineData("處方藥不用上傳處方，備註一下就寄")]
    [InlineData("clonazepam sin receta, te lo mando hoy")]
    public void Flags_prescription_drugs_without_the_doctor(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("处方药需要上传处方才能发货哦")]
    [InlineData("没处方这边发不了，需要在线问诊开方后购买")]
    [InlineData("这个是非处方药，不用处方直接买就行")]
    public void Passes_a_pharmacy_asking_for_the_prescription(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("喝了会茫的那种饮料包，低调寄出")]
    [InlineData("吃了会飘的小糖，周末带去玩")]
    [InlineData("让人上头的粉有吗，价钱好说")]
    public void Flags_a_drug_named_by_its_effect(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("这辣条好上头，根本停不下来")]
    [InlineData("猫咪吃了化毛膏会飘吗？开玩笑的")]
    public void Passes_snacks_said_to_be_addictive(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("高清无码合集，拍下链接自动发")]
    [InlineData("uncensored clips pack, link after payment")]
    [InlineData("深夜福利资源打包，永久会员")]
    public void Flags_pornography_sold_as_a_pack_or_link(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("这件衣服是无码的吗，还有L吗")]
    [InlineData("这款无码尺子刻度清晰吗")]
    [InlineData("高清合集资源的教材有吗，电子版")]
    [InlineData("举报：有人在评论区卖高清无码资源")]
    public void Passes_sizes_and_study_packs(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("出冰，纯度高，同城")]
    [InlineData("weed here, not stepped on, 40 a g")]
    [InlineData("要叶子的私我，今晚能送")]
    [InlineData("要❄️的加我v")]
    [InlineData("有weed吗兄弟")]
    public void Flags_a_street_name_with_purity_or_a_private_chat(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("冰块纯度高，做鸡尾酒不浑")]
    [InlineData("这款羊毛纯度高吗，pure wool吗")]
    [InlineData("pure white or ivory? need it for the wedding")]
    [InlineData("weed killer in stock? the 1 litre one")]
    [InlineData("the weed trimmer, is it cordless")]
    [InlineData("要冰的还是常温的，备注一下")]
    [InlineData("要冰的加我备注就行吗")]
    [InlineData("有人私信我问要不要叶子，我已经举报了")]
    public void Passes_ice_wool_and_garden_weeds(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("彩票内部计划，跟单包中")]
    [InlineData("足彩内部消息，跟着买就行")]
    public void Flags_betting_tips_to_follow(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("我要买彩票收纳册")]
    [InlineData("体彩店的走势图海报有吗")]
    public void Passes_lottery_shop_supplies(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("健康证不用体检，三天拿到")]
    [InlineData("病假条带医院公章，请假用")]
    [InlineData("会计证教资都能做，钢印齐全")]
    public void Flags_papers_made_with_the_seal(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("这个体检报告多久出")]
    [InlineData("健康证需要去医院体检吗")]
    [InlineData("你们有检测报告吗，真实可查吗")]
    public void Passes_questions_about_real_papers(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("帮你盗QQ号，看聊天记录")]
    [InlineData("社工库查询，撞库工具一起出")]
    public void Flags_account_theft_offered(string text) => LabelAssert.RuleFlags(Label, text);

    [Fact]
    public void Passes_a_buyer_whose_account_was_stolen() => LabelAssert.NoRuleFlags(Label, "我的QQ号被盗了，怎么办");
}
