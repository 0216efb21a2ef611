using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, session 22: insult words aimed at the sender, at the app, named in a product or reported from someone else must
/// not block; the same words at the reader stay abuse. Phrased apart from the corpora.
/// </summary>
public class ContemptThreatAndSelfAimedFamilyTests
{
    [Theory]
    [InlineData("I'm some eejit, I ticked collection instead of delivery, can you change it?")]
    [InlineData("does the Muppets Gonzo plush come with a tag?")]
    [InlineData("I saw someone call your store 'thieves' on facebook but my parcel was perfect")]
    [InlineData("评论区有人刷nmsl，你们管一下")]
    [InlineData("楼顶的TMD阻尼器多少钱一套")]
    [InlineData("tmd总算到了，等了半个月")]
    [InlineData("仆街 我自己打错门牌号 帮我改下得唔得")]
    [InlineData("呢个app真系on9，成日闪退")]
    [InlineData("he typed 'I know where you live' to me in the chat, I blocked him, please check")]
    public void Words_at_oneself_the_app_or_reported_are_never_blocked(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void A_platform_notice_quoting_the_insult_is_never_blocked() =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, "系统提示：您的消息包含辱骂内容（如“傻逼”），请文明用语", SenderRole.Bot);

    [Theory]
    [InlineData("tmd你们到底发不发货")]
    [InlineData("仆街客服 又唔覆")]
    [InlineData("you muppet, the plush arrived torn")]
    [InlineData("傻逼 你自己看错了还怪我")]
    [InlineData("傻逼 自己写错电话还来怪我们")]
    public void The_same_words_at_the_reader_stay_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
