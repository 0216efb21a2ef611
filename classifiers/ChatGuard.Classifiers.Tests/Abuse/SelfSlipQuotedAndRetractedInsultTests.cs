using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision (BLK28): the sender calling themself a big fool (我真是个大傻子), a slip named as "from me", a word an
/// agent called the sender quoted in 「」, and a suspicion the sender held and took back (我以为是骗子店…没想到) are
/// not blocked; the same words aimed at the reader still are.
/// </summary>
public class SelfSlipQuotedAndRetractedInsultTests
{
    [Theory]
    [InlineData("我真是个大傻子，收货地址写成老家的了，还能改不")]
    [InlineData("我真是个大笨蛋，颜色拍错了，能换吗")]
    [InlineData("npc behaviour from me, I clicked buy twice 😭 can u cancel one")]
    [InlineData("such npc behaviour from me, forgot to add the discount code")]
    [InlineData("你哋客服話我「窮鬼」，我想知你哋會點處理")]
    [InlineData("你們客服罵我「白痴」，請處理一下")]
    [InlineData("说实话一开始我以为是骗子店哈哈，没想到质量这么好")]
    [InlineData("本来以为是骗子，没想到第二天就到了，好评")]
    public void Self_directed_quoted_and_retracted_words_are_not_blocked(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Abuse && f.RuleId == "C2" && f.Evidence == Evidence.Term);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("你真是个大傻子，地址都能写错")]
    [InlineData("npc behaviour from you, answer my question")]
    [InlineData("你就是个窮鬼，买不起别问")]
    [InlineData("你们就是骗子店，没想到还敢回消息")]
    [InlineData("我以为是骗子店，果然是骗子")]
    public void The_same_words_aimed_at_the_reader_are_still_abuse(string text) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, SenderRole.Buyer).Labels);
}
