using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 (abuse.json private-number-ask, date-ask): a buyer asking the agent for a private number to chat about anything but
/// the order, or out for a meal after work, is held for a moderator; a number asked for an order, a complaint or a report
/// of such an ask is not, nor a meal or a night named about the buyer's own plans.
/// </summary>
public class PersonalAskOfTheAgentTests
{
    [Theory]
    [InlineData("助教有男朋友吗 给个私人电话呗")]
    [InlineData("主播私人号给一个 想单独聊聊")]
    [InlineData("you are so pretty on the live, give me your personal number")]
    [InlineData("whats ur private number babe, wanna take u out")]
    [InlineData("hey cutie, what time u get off work? wanna grab a drink")]
    [InlineData("小姐姐声音真好听 下班一起吃个饭呗")]
    [InlineData("靓女 收工一齐食饭啦")]
    public void Holds_a_personal_ask_of_the_agent(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);

        Assert.Contains(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence != Evidence.Model && !f.ActsAlone);
    }

    [Theory]
    [InlineData("请给我你们店的私人电话，我要投诉这个客服")]
    [InlineData("can I get a personal number for the wholesale order? we want 500 pcs")]
    [InlineData("有人问我要私人电话说想单独聊，我没给")]
    [InlineData("我们今晚一起吃饭庆祝，蛋糕能今天到吗")]
    [InlineData("下班前能发货吗，今晚要用")]
    [InlineData("the dinner set ships tonight?")]
    public void Leaves_order_talk_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
