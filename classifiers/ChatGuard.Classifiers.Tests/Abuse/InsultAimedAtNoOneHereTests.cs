using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2: an insult word said of the sender, of their pet or of a notice's hypothetical impostor names no one in the chat;
/// the same word said of the other side is still abuse. Phrased apart from the corpora.
/// </summary>
public class InsultAimedAtNoOneHereTests
{
    [Theory]
    [InlineData("我简直是个白痴，地址填成公司的了，还能改吗", SenderRole.Buyer)]
    [InlineData("我家狗狗超蠢，咬坏了第二个玩具了，有没有耐咬的", SenderRole.Buyer)]
    [InlineData("I'm such an idiot, I picked the wrong colour again", SenderRole.Buyer)]
    [InlineData("Reminder: anyone asking for your card PIN in chat is a scammer, please report them", SenderRole.Agent)]
    [InlineData("自称平台工作人员要你转账的都是骗子", SenderRole.Agent)]
    public void An_insult_word_said_of_no_one_here_is_not_abuse(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("你简直是个白痴，地址都能看错")]
    [InlineData("我看你就是个白痴")]                  // 我 sees, 你 is called
    [InlineData("you're such an idiot, read the order")]
    [InlineData("你们店就是骗子，退钱")]
    public void The_same_words_said_of_the_other_side_are_still_abuse(string text) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, SenderRole.Buyer).Labels);
}
