using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 offers told by their frame (session 19): a prescription-only drug with the doctor skipped, a drug named by what it
/// does, pornography sold as a pack or link, a street name with its purity vouched for, a private chat asked or its
/// innocent sense denied, betting tips to follow, papers made with the seal, account theft and stolen accounts, banknotes
/// that pass as money, gun parts sent apart, sales to children, records sold in bulk, exam cheating, organs, black
/// powder and pinhole cameras. Each theory holds both the offer and the innocent sense.
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

    [Theory]
    [InlineData("有冰吗 不是冰块的那种")]
    [InlineData("跳跳糖到了，不是小孩吃的那种")]
    [InlineData("有狗吗 不是宠物 是会响的那种")]
    [InlineData("bro got the ice, the one for smoking one")]
    public void Flags_a_street_name_with_its_innocent_sense_denied(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("有冰块吗，不是冰淇淋")]
    [InlineData("茶叶不是普通茶叶，是高山茶")]
    [InlineData("这个不是小孩吃的，是成人零食")]
    public void Passes_goods_told_apart_from_their_other_sense(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("未成年也能买 不用实名 快递单写零食")]
    [InlineData("小孩子买烟弹也没关系，我们不看身份证")]
    public void Flags_a_sale_to_a_child_with_the_age_check_skipped(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("电子烟类商品需实名认证满18周岁方可购买，未成年人请勿下单")]
    [InlineData("这个玩具14岁也能玩吗")]
    public void Passes_an_age_notice_and_a_toy_question(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("盗的游戏号，便宜出")]
    [InlineData("王者号都是洗来的，被找回不负责")]
    [InlineData("steam account hacked cheap, change the password after")]
    public void Flags_an_account_sold_as_stolen(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("my account got hacked, can you stop the order")]
    [InlineData("我的号被盗的那天下的单能退吗")]
    public void Passes_a_buyer_whose_own_account_was_taken(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("道具币能直接花吗")]
    [InlineData("prop money that passes the pen test")]
    [InlineData("高仿百元过验钞机，一比十")]
    public void Flags_banknotes_that_pass_as_money(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("练功币是银行培训用的，不能花")]
    [InlineData("收到一张假钞，验钞机验出来的")]
    public void Passes_training_notes_and_a_buyer_who_was_paid_a_fake(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("枪管弹匣分开寄，到了自己组装")]
    [InlineData("枪的零件齐的，自己组")]
    public void Flags_gun_parts_sent_apart(string text) => LabelAssert.RuleFlags(Label, text);

    [Fact]
    public void Passes_furniture_to_assemble() => LabelAssert.NoRuleFlags(Label, "实木餐桌需要自己组装吗");

    [Theory]
    [InlineData("公民信息按条卖，手机号+姓名+地址，一万条五百")]
    [InlineData("车主信息批量出，一条几毛钱")]
    [InlineData("database of 200k shopee buyers, phones + addresses, fresh leads")]
    public void Flags_peoples_records_sold_in_bulk(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("不能哦，收件人信息是保密的，只能看您自己的订单")]
    [InlineData("收件人信息填错了，能改一条吗")]
    [InlineData("后台能批量导出收件人信息吗")]
    public void Passes_a_buyers_own_address_details(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("考场专用隐形耳机，配合我们同步传答案")]
    [InlineData("need an earpiece for the exam? we feed you answers live")]
    public void Flags_exam_cheating_sold(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("小心考场隐形耳机传答案的骗局")]
    [InlineData("这个耳机考试能戴吗，听力考试用")]
    public void Passes_a_warning_and_a_listening_test_headset(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("肾源有，配型快，价格面议")]
    [InlineData("烟花爆竹的原料黑火药，散装称重卖")]
    [InlineData("針孔攝影機，藏在充電器裡面")]
    public void Flags_organs_black_powder_and_pinhole_cameras(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("我爸在等肾源，医院说要排队")]
    [InlineData("黑火药是中国古代四大发明之一，这本书讲得很细")]
    [InlineData("散装的瓜子多少钱一斤")]
    public void Passes_a_patient_a_history_book_and_loose_snacks(string text) => LabelAssert.NoRuleFlags(Label, text);
}
