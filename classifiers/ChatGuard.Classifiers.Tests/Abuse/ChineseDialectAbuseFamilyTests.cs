using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 recall, session 18: Chinese dialect and homophone insults (Sichuan 龟儿子 and 憨批, Shanghai 小赤佬, Taiwan 機掰,
/// 剑人 for 贱人), pinyin initials aimed at the reader (你个lj, 客服nt吧, nc店家), and threats and harassment in words the
/// lexicon lacked — each beside a look-alike that is a time, a tool, a dish or a size. Phrased apart from the corpora.
/// </summary>
public class ChineseDialectAbuseFamilyTests
{
    [Theory]
    [InlineData("龟儿子客服，问了三遍都不回")]
    [InlineData("你这个憨批，尺码表都不会看吗")]
    [InlineData("小赤佬，钱收了就不管了")]
    [InlineData("機掰店家，貨到現在還沒寄")]
    [InlineData("你个剑人，退款退了一个月")]
    [InlineData("辣鸡客服，一问三不知")]
    [InlineData("客服是不是脑瘫，我说的是蓝色")]
    [InlineData("你个lj，快点发货")]
    [InlineData("客服nt吧，我说了是北京")]
    [InlineData("nc店家，发错两次了")]
    [InlineData("mdzz，地址都能写错")]
    [InlineData("rnm，什么时候退钱")]
    [InlineData("滚你妈的，别再给我发消息")]
    [InlineData("fuck 你们这种黑店")]
    [InlineData("再不退钱我找人卸你一条腿")]
    [InlineData("信不信我过来砍你")]
    [InlineData("我每天都来骂你，骂到你辞职")]
    [InlineData("你給我等著瞧")]
    [InlineData("你们客服是女的吗，约吗")]
    [InlineData("亲，脑子是个好东西，建议您也买一个")]
    [InlineData("您这智商还是别网购了")]
    [InlineData("瞅你那熊样，还当客服")]
    [InlineData("女马的，又发错货")]
    public void Dialect_and_initial_insults_and_threats_are_caught(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("Check the tracking link, genius.")]
    [InlineData("congrats on being the worst human I have ever had to deal with")]
    [InlineData("lol another broke customer wanting a discount")]
    [InlineData("my wife says: tell that idiot we want our money back")]
    [InlineData("f u and your fake tracking")]
    [InlineData("lj seller, 又是假货")]
    public void Sarcasm_and_contempt_at_the_reader_are_caught(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("老板把你开了发票，在订单里看")]
    [InlineData("没人要的才会打折吗？")]
    [InlineData("you're a genius, thank you so much")]
    [InlineData("my phone arrived broke, customer service please help")]
    [InlineData("please tell that driver the gate code is 1234")]
    public void Their_english_and_chinese_look_alikes_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("你们十三点之前下单今天能发吗")]
    [InlineData("这把锤子是实心的吗")]
    [InlineData("锤子手机的客服电话是多少")]
    [InlineData("辣鸡翅和辣鸡腿可以一起打包吗")]
    [InlineData("乌龟儿子和乌龟妈妈的套装还有吗")]
    [InlineData("哈批发价是多少，想拿二十件")]
    [InlineData("你是要250ml的还是500ml的")]
    [InlineData("叫我老公来拿就行")]
    [InlineData("nc机床的配件有现货吗")]
    [InlineData("穿的什么码都可以换吗")]
    public void Their_look_alikes_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
