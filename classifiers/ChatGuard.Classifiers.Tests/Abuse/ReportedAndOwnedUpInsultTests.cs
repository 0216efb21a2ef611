using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision (BLK29, t268): swearing at the weather, a buyer's insults passed to the platform to check, a buyer's
/// curses counted message by message, and a colleague's words the shop owns up to are not abuse; the same words aimed at
/// the reader still are.
/// </summary>
public class ReportedAndOwnedUpInsultTests
{
    [Theory]
    [InlineData("tmd这鬼天气，快递员说路封了，你们那边能改发顺丰吗", SenderRole.Buyer)]           // sworn at the weather
    [InlineData("tmd这该死的电梯又坏了，快递只能放楼下了吗", SenderRole.Buyer)]
    [InlineData("这位买家在聊天里骂我们“猪”和“废物”，麻烦平台核实一下", SenderRole.Agent)]      // quoted for the platform to check
    [InlineData("买家在留言里骂我们“废物”，请平台核实", SenderRole.Agent)]
    [InlineData("主管，买家连发了好几条nmsl，我已经截图，按流程提交举报", SenderRole.Agent)]     // a buyer's curses, counted
    [InlineData("客户连发了好几句傻逼，会话已转主管", SenderRole.Agent)]
    [InlineData("收到您的反馈，说“爱买不买”的那位同事我们已经处理了，向您道歉", SenderRole.Agent)] // a colleague's words owned up to
    [InlineData("很抱歉同事說了「愛買不買」，我們已經處理，這單幫您免運", SenderRole.Agent)]
    [InlineData("很抱歉同事说了「爱买不买」这种话，已经批评他了", SenderRole.Agent)]
    [InlineData("I'm sorry my colleague called you a cheapskate, that was unacceptable. I've refunded shipping", SenderRole.Agent)]
    [InlineData("Apologies that our driver called you a cheapskate, he's been spoken to.", SenderRole.Agent)]
    public void Reported_and_owned_up_words_are_no_rule_abuse(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence != Evidence.Model);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("tmd这鬼客服什么都不会", SenderRole.Buyer)]
    [InlineData("你就是个废物，麻烦快点", SenderRole.Buyer)]
    [InlineData("我连发了好几条nmsl你看到没", SenderRole.Buyer)]
    [InlineData("爱买不买，不买就别问了", SenderRole.Agent)]
    [InlineData("don't be such a cheapskate, the price is fair", SenderRole.Agent)]
    public void The_same_words_aimed_at_the_reader_are_still_abuse(string text, SenderRole role) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, role);
}
