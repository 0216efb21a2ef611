using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2: Chinese insults hidden by an emoji for a character (🐴 for 妈, 🐢 for 龟, 🐶 for 狗), by a space (去 死), or inside a
/// longer word a shorter reading ended in (垃圾店 in 垃圾店家, 你个狗 before 狗东西); and contempt for the person's brain.
/// Each is checked against the rule alone, with the innocent words it resembles beside it.
/// </summary>
public class DisguisedChineseInsultTests
{
    [Theory]
    [InlineData("你🐴没了，快递一周都没动")]
    [InlineData("🐴死了吧你们，还不发货")]
    [InlineData("你🐎的 我要的是黑色")]
    [InlineData("你这个🐢孙子，退款呢")]
    [InlineData("客服🐶都不如，问三遍不回")]
    [InlineData("卖家就是个🐶")]
    [InlineData("你个 🐶 东西，货呢")]
    [InlineData("喂，去 死")]
    [InlineData("垃圾店家，收钱不发货")]
    [InlineData("垃.圾.店.家 骗.子")]
    [InlineData("这种垃圾店铺早点倒闭")]
    [InlineData("你是不是脑子有问题？说了三遍不支持退")]
    [InlineData("亲你是不是 IQ 有问题啊，写得很清楚")]
    [InlineData("下次长点脑子再下单")]
    [InlineData("能不能换个有脑子的来")]
    [InlineData("没脑子的东西")]
    [InlineData("你是聋还是瞎，说了要红色")]
    public void Flags_the_disguised_insult(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("🐴年快乐，祝你新年大吉")]
    [InlineData("我想要这款🐶狗的抱枕")]
    [InlineData("这款去死皮霜敏感肌能用吗")]
    [InlineData("去 死皮的那款还有货吗")]
    [InlineData("我是不是脑子有问题，又买错了颜色")]
    [InlineData("狗狗都不如它可爱，哈哈")]
    [InlineData("店家发货很快，好评")]
    [InlineData("这个玩具狗东西做工不错")]
    [InlineData("我们店铺新到了一批垃圾桶")]
    public void Leaves_the_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
