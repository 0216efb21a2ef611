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
}
