using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, session 23: contempt by implication, doxxing and pile-on threats, family curses, slurs, number codes and dialect
/// insults in zh-Hans, zh-Hant and Cantonese, and insults, threats and harassment in the cross-border markets' languages,
/// held for a moderator (world_abuse.json) — a threat to curse (骂死你) included; and their kind or reported look-alikes,
/// which stay clean. Phrased apart from the corpora.
/// </summary>
public class ImplicationThreatAndHarassmentFamilyTests
{
    [Theory]
    [InlineData("出门没带脑子吧 尺码表都不会看")]
    [InlineData("养只狗都比你会说话")]
    [InlineData("就你也配跟我讲道理")]
    [InlineData("你这水平 幼儿园毕业没")]
    [InlineData("活該你們店沒人買")]
    [InlineData("爱买不买 别在这浪费我时间")]
    [InlineData("你全家死光 骗子店")]
    [InlineData("250客服 问三遍都答不上")]
    [InlineData("你们老板就是个人渣")]
    [InlineData("开盒了 你叫李某某对吧 住哪栋我也知道")]
    [InlineData("你的身份证号我都能查到 等着吧")]
    [InlineData("信不信我把你人肉出来")]
    [InlineData("我换小号来骂你 看你怎么拉黑")]
    [InlineData("女人就是事多 退个货磨磨唧唧")]
    [InlineData("出门忘带脑子了吧 写这么清楚都看不懂")]
    [InlineData("不给退我就差评刷死你们")]
    [InlineData("我天天给你打电话 看你烦不烦")]
    [InlineData("你再不退款我骂死你")]
    [InlineData("你小心点 下班路上别让我碰到你")]
    [InlineData("小心我搵人上你舖")]
    [InlineData("你咁on99仲做客服")]
    [InlineData("死八婆 成日唔覆")]
    [InlineData("多少钱能约你出来过夜")]
    [InlineData("把衣服脱了给我看看")]
    [InlineData("anh hỏi thật, đi khách không em?")]
    [InlineData("quanto vc cobra por uma noite, moça?")]
    [InlineData("what colour undies you wearing today")]
    [InlineData("انت حمار؟ قلت لك المقاس")]
    [InlineData("nghèo mà bày đặt đòi giảm giá")]
    [InlineData("you'll fix my review or i'll leave negative on every listing")]
    public void Implied_contempt_threats_and_harassment_are_held(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("客服辛苦了 下班路上注意安全")]
    [InlineData("我活该被骗 下次不贪便宜了")]
    [InlineData("上次被人开盒了 好可怕 你们要保护好买家隐私")]
    [InlineData("上次有个客服回我爱买不买，这种态度你们管一下")]
    [InlineData("请问你住哪个区 我看看能不能配送")]
    [InlineData("这款2b铅笔有货吗")]
    [InlineData("丢你的快递我帮你找回来了")]
    [InlineData("我个人渣打银行的卡能用吗")]
    [InlineData("我家狗是个死胖子 哈哈 它穿什么码")]
    public void Look_alikes_stay_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
