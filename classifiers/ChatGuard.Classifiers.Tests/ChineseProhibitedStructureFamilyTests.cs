using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C3 in Chinese beyond drugs (session 27): a document asked for as a fake (prohibited_trades.json), gore footage asked
/// for (gore.json), sex demanded of the agent (obscene.json, also abuse), martial-law rumours pushed on and the party's
/// slur (subversion.json), a knife brought to the agent (intimidation.json). Each only holds; beside each, the innocent
/// twins that share its words. Phrased apart from the training sets.
/// </summary>
public class ChineseProhibitedStructureFamilyTests
{
    [Theory]
    [InlineData("帮我开一张假的病假条，跟公司请个长假", SenderRole.Buyer)] // document-made-to-order
    [InlineData("上次那个虐狗视频谁有，传给我", SenderRole.Buyer)] // gore-media
    [InlineData("城里下周要戒严了，上面不让说，赶紧多囤点米", SenderRole.Agent)] // security-rumour
    [InlineData("共匪必亡，大家记住", SenderRole.Buyer)] // separatist-slogan
    [InlineData("再不退款我就带刀过去找你", SenderRole.Buyer)] // intimidation
    public void Holds_the_prohibited_content(string text, SenderRole role)
    {
        LabelAssert.RuleFlags(Labels.Prohibited, text, role);
        Assert.DoesNotContain(LabelAssert.Scan(text, role).Findings, f => f.Label == Labels.Prohibited && f.ActsAlone);
    }

    [Fact]
    public void Holds_sex_demanded_of_the_agent_as_abuse_too()
    {
        const string text = "想要退款？先让哥摸一下再说";
        LabelAssert.HeldByRule(Labels.Prohibited, "vulgar-sex-talk", text, SenderRole.Buyer);
        LabelAssert.HeldByRule(Labels.Abuse, "vulgar-sex-talk", text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("面料很软，您摸两下就知道了", SenderRole.Agent)]
    [InlineData("血肉模糊的特效妆教程有吗，万圣节用，谁有链接", SenderRole.Buyer)]
    [InlineData("证件照可以帮我做一张吗，办身份证用", SenderRole.Buyer)]
    [InlineData("我要请长假去旅游，订单能晚点发吗", SenderRole.Buyer)]
    [InlineData("军车模型快点囤，下周就涨价了", SenderRole.Agent)]
    [InlineData("这把菜刀拿刀背拍蒜很顺手吗", SenderRole.Buyer)]
    public void Passes_the_innocent_twins(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);
}
