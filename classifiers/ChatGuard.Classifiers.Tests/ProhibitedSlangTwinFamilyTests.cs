using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 23 (t169 and the cross-border sets): prohibited goods and services by their street names — sex-service venue
/// words, betting jargon, drug slang in pinyin and local languages, sharpened blades, made-to-order seals and papers —
/// next to the innocent twins shops really write (a perfume called 百家乐540, a water gun, a garden machete, a tour guide).
/// </summary>
public class ProhibitedSlangTwinFamilyTests
{
    [Theory]
    [InlineData("莞式服务 全套 包钟 480")]                                   // C3: sex-service venue words with the menu
    [InlineData("骨场 包钟 几钱呀")]
    [InlineData("外约 上门 全市可到")]
    [InlineData("伴游 学生妹 同城")]
    [InlineData("开过刃的唐刀 能发顺丰吗")]                                   // C3: a sharpened sword or dagger
    [InlineData("匕首开刃的有没有")]
    [InlineData("仿真枪模 可以改真的 要吗")]                                  // C3: a replica that converts to fire
    [InlineData("got bb pistols that can be converted to fire real rounds?")]
    [InlineData("can you 3d print a g17 frame for me")]                       // C3: an untraceable frame
    [InlineData("今晚NBA稳胆 二串一 跟单")]                                   // C3: betting jargon
    [InlineData("大乐透代买代投 中奖直接转你")]
    [InlineData("百家乐必胜公式 包你赢 学费888")]
    [InlineData("体育平台充值返水10个点")]
    [InlineData("3-leg parlay guaranteed hit tonight")]
    [InlineData("top up your casino account, fish game credits 24/7")]
    [InlineData("ketaming 有货吗")]                                           // C3: drugs spelled out in pinyin
    [InlineData("蒙汗药 无色无味 有吗")]
    [InlineData("草 抽了会笑的那种 有吗")]                                    // C3: the innocent sense ruled out
    [InlineData("how much for an 8ball of the white")]
    [InlineData("ket and special k, pick up tonight")]
    [InlineData("blotter tabs 100ug, strips of 10")]
    [InlineData("got addy or molly? paying cash")]
    [InlineData("shop có kẹo với ke ko, cuối tuần đi bar")]                  // C3: Vietnamese party-drug slang
    [InlineData("có bán cỏ ko, loại Thái")]
    [InlineData("진짜 권총 팔아요?")]                                          // C3: a real handgun asked for
    [InlineData("伸缩甩棍 有现货吗")]
    [InlineData("刻章 公章 合同章 当天取件")]                                 // C3: seals and papers made to order
    [InlineData("病假条 医院章 帮我做个假的")]
    [InlineData("passport registered in the real database, 2 weeks")]
    [InlineData("invoices with any company name, 2% fee")]
    [InlineData("bằng lái giả làm trong 3 ngày")]
    public void Flags_the_prohibited_slang(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("妹妹你著咩色底褲呀 影張相俾我睇下")]                         // C3 + C2: the agent's underwear asked for
    [InlineData("下着の写真送って、チップあげる")]
    public void Flags_the_underwear_photo_ask(string text)
    {
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("美女客服 多少钱能睡你一次啊")]                               // C3 + C2: the agent asked for a night
    [InlineData("下班后约你出来过夜 价钱好说")]
    [InlineData("quanto você cobra por uma noite comigo?")]
    [InlineData("em đi khách không, giá bao nhiêu")]
    [InlineData("hey customer service ur so sexy, wanna meet")]
    public void Flags_the_solicitation_of_the_agent(string text)
    {
        LabelAssert.RuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("这张床垫睡一次就知道舒服")]
    [InlineData("酒店过夜 需要身份证吗")]
    [InlineData("this dress makes you look so sexy")]
    [InlineData("a diária do hotel custa quanto por uma noite?")]
    public void Keeps_the_night_and_compliment_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Theory]
    [InlineData("百家乐540香水 是正装还是小样")]                              // a perfume named after the crystal house
    [InlineData("这把仿真枪其实是水枪 小朋友玩的")]
    [InlineData("根据平台规则 涉及毒品、赌博的内容会被屏蔽")]                // the platform's rule quoted
    [InlineData("Heads up: we never sell weapons, ammo or replica firearms. Please don't ask.")]
    [InlineData("砍刀开了刃，果园砍树枝用的")]                                // a garden machete
    [InlineData("武士刀是未开刃的装饰品 挂墙上用")]
    [InlineData("菜刀开刃了吗 第一次用要不要磨")]
    [InlineData("同城地陪伴游 旅游景点讲解")]                                 // a tour guide
    [InlineData("跟单员明天跟你确认大货进度")]                                // a merchandiser following the order
    [InlineData("双色球图案的抱枕 有现货")]
    [InlineData("足球训练营 周末跟一单体验课")]
    [InlineData("special k cereal bars, 6 pack")]
    [InlineData("ink blotter paper for calligraphy, 10 sheets")]
    [InlineData("pool table 8 ball replacement, standard size")]
    [InlineData("可以开发票，公司名称和税号发我就行")]
    [InlineData("invoice with our company name on it please")]
    [InlineData("喵喵罐头 这边拿货便宜")]
    [InlineData("NBA球衣 正品担保 胜率最高那队的")]                         // a jersey, not a bet
    [InlineData("合同盖公章后 当天取件")]                                     // a contract stamped, not a seal carved
    [InlineData("kết bạn z a l o với shop nha")]                              // kết (to make friends) is not ket
    public void Keeps_the_innocent_twin_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
