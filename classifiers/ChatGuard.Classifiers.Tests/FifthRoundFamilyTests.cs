using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, fifth round: rule families for violations that still got through (drugs named by their effect,
/// prescription drugs without a prescription, lookup services asked for, …), each phrased apart from the corpus,
/// with the look-alikes a shop really writes kept clean.
/// </summary>
public class FifthRoundFamilyTests
{
    [Theory]
    [InlineData("新到一批小糖豆，一颗能嗨到天亮，老客优先")]                    // C3: a drug named by its high
    [InlineData("這款藥丸吃一粒就很high，週末聚會用")]
    [InlineData("looking for something to help me roll this saturday, you got any?")]
    [InlineData("these gummies get you high in twenty minutes")]
    [InlineData("两滴倒进她的饮料里，半小时就昏睡过去")]                       // C3: a drink spiked to knock someone out
    [InlineData("无色无味，放到酒里对方喝了就断片")]
    [InlineData("a few drops in her drink and she'll pass out")]
    [InlineData("阿普唑仑现货，免处方，顺丰寄出")]                            // C3: prescription drugs without one
    [InlineData("想买点安眠药，没有处方也能卖吗")]
    [InlineData("oxycodone and valium, no rx, discreet shipping")]
    [InlineData("i need ambien without seeing a doctor, can you sort it")]
    [InlineData("止咳水一箱起批，要多少有多少")]
    [InlineData("那个号码定位一下要多少钱，我想知道他在哪")]                  // C3: locating or identifying a stranger
    [InlineData("只要给我他的号，他住在哪我都能帮你找出来")]
    [InlineData("can you tell me whose number this is? we text, you find out")]
    public void Flags_the_prohibited_family(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("这款蓝牙音响低音很足，开派对能嗨一整晚")]                     // a loud speaker, not a drug
    [InlineData("孩子吃了一颗糖就很嗨，满屋子跑")]
    [InlineData("上次买的感冒药吃完睡了一整天，病好多了")]                    // a side effect reported
    [InlineData("加厚床垫，躺上去让人想睡一整天")]
    [InlineData("this rolling pin helps you roll pastry thin")]
    [InlineData("褪黑素片属于保健食品，不用处方，睡前一片")]                   // a supplement
    [InlineData("处方药请上传医生开具的处方后再下单")]                         // a pharmacy's notice
    [InlineData("本店不销售安眠药等处方药，请理解")]
    [InlineData("安眠药你们这有卖吗？")]                                       // a buyer asking a pharmacy
    [InlineData("麻烦帮我查一下这个单号的快递现在到哪了")]
    [InlineData("can you ship it to my parents? I'll send where they live")]
    [InlineData("儿童定位手表，在app里能看到孩子在哪")]
    public void Keeps_the_prohibited_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("小姐姐声音好甜啊，晚上能不能陪我打个电话")]
    [InlineData("聽你聲音這麼嗲，本人一定是個美女吧，發張自拍來")]
    [InlineData("wanna see a photo of yourself first, you sound so sweet")]
    [InlineData("bet you look cute at the desk, wanna grab drinks tonight")]
    [InlineData("客服下班以后约吗，我请你吃饭")]
    [InlineData("妳今天穿的什麼顏色的內褲")]
    [InlineData("客服妹妹多大了，有对象吗")]
    [InlineData("你儿子在哪个学校读书我都知道，退款的事你看着办")]
    [InlineData("your daughter is cute, be a shame if something happened on her way home")]
    [InlineData("你家门口那条路我都知道，晚上睡觉把门锁好")]
    [InlineData("下次出门记得小心身后")]
    [InlineData("keep an eye on your kids, that's all i'm saying")]
    public void Flags_innuendo_and_indirect_threats(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("你家孩子穿这个码刚好，上学也方便")]
    [InlineData("客服下班时间是晚上十点，之后有机器人值班")]
    [InlineData("收到了，跟客服说的一样，声音好好听的小哥哥服务也好")]
    [InlineData("麻烦发一张您拿着商品的照片，我们登记售后")]
    [InlineData("can you send me a picture of the size chart?")]
    [InlineData("您平时穿什么尺码的文胸？")]
    [InlineData("温馨提示：晚上下班路上注意安全，祝您生活愉快")]
    [InlineData("祝你的家人身体健康，谢谢你们的耐心")]
    [InlineData("这款书包你女儿背着应该很合适吧")]
    [InlineData("can you see what your kids' sizes are and let me know?")]
    public void Keeps_photos_of_goods_greetings_and_family_talk_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("防伪贴是我们这边打印的，贴上去跟专柜的一样")]
    [InlineData("鑑定證書我們自己做，要幾張配幾張")]
    [InlineData("吊牌我们自己配的，扫码能查到，看不出来")]
    [InlineData("the holograms are printed by us, same as the ones at retail")]
    [InlineData("we add our own tags and receipt, looks real")]
    [InlineData("外贸原单，没有防伪码，所以便宜一半")]
    [InlineData("这批是厂里流出来的，跟正品一个料")]
    [InlineData("not sold in the boutique, same production line though")]
    [InlineData("它不是专柜出的，但是同一家工厂做的")]
    public void Flags_self_made_marks_and_unreleased_goods(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("我们是原创设计，吊牌和标签都是自己品牌的，可以定制logo")]
    [InlineData("吊牌不小心剪了也没关系，我们给您补寄一个")]
    [InlineData("序列号印在盒子侧面，官网可以查询真伪")]
    [InlineData("we print custom tags with your own brand name, minimum 200 pcs")]
    [InlineData("尾单号已经发给您了，注意查收")]
    [InlineData("工厂直发，我们自己就是生产厂家")]
    public void Keeps_private_labels_and_tag_service_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("【中通快递】您的包裹因地址不全无法派送，请点击链接补充信息")]
    [InlineData("邮政EMS：您的国际件被海关扣留，需缴纳清关费后放行")]
    [InlineData("海關提醒：您的包裹涉嫌違規，請於今日內繳納罰款")]
    [InlineData("Royal Mail: your parcel is on hold due to an unpaid fee, pay here to rebook delivery")]
    [InlineData("UPS alert: delivery failed, confirm your address via the link below")]
    [InlineData("银行风控部门：检测到您账户异常，请回复短信验证码解除冻结")]
    public void Flags_courier_customs_and_bank_notices_asking_to_act(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("中通那边说派送失败了，我们已经联系快递重新派送")]
    [InlineData("EMS国际件清关可能要一周，关税在下单时已代缴")]
    [InlineData("UPS tracking shows it's on hold at the depot, we'll ask them to redeliver")]
    [InlineData("银行卡付款异常的话，可以在收银台换一种支付方式")]
    [InlineData("顺丰到了，取件码发到您手机上了")]
    public void Keeps_the_shop_relaying_courier_news_clean(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("售后问题 tele：@mingshoes_cs")]
    [InlineData("🍑宝搜“明明鞋铺”，同一款便宜二十")]
    [InlineData("鱼塘上搜明明鞋铺，二手九成新直接出")]
    [InlineData("ks直播间搜明明鞋铺，今晚有福利")]
    [InlineData("look us up on the orange app, the store is called MingShoes")]
    [InlineData("we also sell on lazada, search MingShoes for a lower price")]
    public void Flags_abbreviated_cues_and_platform_nicknames_with_a_search(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("the tele zoom lens ships tomorrow")]
    [InlineData("家里鱼塘用的增氧泵有吗")]
    [InlineData("🍑桃子味的润唇膏还有货")]
    [InlineData("look us up in the app's search bar by our shop name")]
    public void Keeps_lenses_ponds_peaches_and_in_app_search_clean(string text) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("退货退款之前要先交一笔解冻金，三十块")]
    [InlineData("your account needs a one-time unlock fee of $15 to receive the refund")]
    [InlineData("用街口支付轉給我，收到就寄")]
    [InlineData("PayNow me the balance and send the screenshot")]
    [InlineData("line pay 轉帳給我比較快，截圖給我")]
    public void Flags_never_charged_fees_and_peer_to_peer_apps(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("有人说退款要激活费的话，别理他")]
    [InlineData("平台和本店都不会收验证费，请放心")]
    [InlineData("結帳時可以選擇街口支付或LINE Pay")]
    [InlineData("the monitor runs at 144 fps out of the box")]
    [InlineData("可以用PayMe付款吗？")]
    public void Keeps_scam_warnings_and_checkout_methods_clean(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
