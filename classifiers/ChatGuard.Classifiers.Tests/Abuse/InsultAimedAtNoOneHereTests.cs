using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2: an insult word said of the sender, of their pet or of a notice's hypothetical impostor names no one in the chat,
/// nor does the sender saying they are taken for one (把我当傻子) or blaming their own choice (算我瞎了眼);
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
    [InlineData("我脑残，下单选错了颜色，能帮我换成白色吗", SenderRole.Buyer)]       // 我 opening the clause, no copula
    [InlineData("本废物又把地址写错了，麻烦改一下", SenderRole.Buyer)]
    [InlineData("我真係白痴，揀錯咗尺碼，可唔可以換", SenderRole.Buyer)]            // Cantonese copula 係
    [InlineData("我这猪脑子，地址又填错了，麻烦改下", SenderRole.Buyer)]            // 我这 / 我自己 / 怪我: blaming oneself
    [InlineData("怪我自己眼瞎，没看到是定制款", SenderRole.Buyer)]
    [InlineData("我自己北七啦 颜色点错 可以换吗", SenderRole.Buyer)]
    [InlineData("dumbass me ordered the wrong size again, can I swap it", SenderRole.Buyer)]
    [InlineData("你们这是拿我当傻子耍吧，明明说好今天发", SenderRole.Buyer)]   // taken for one: an accusation
    [InlineData("当我是白痴吗，同一个借口说三遍", SenderRole.Buyer)]
    [InlineData("上次还推荐朋友来买，算我瞎了眼", SenderRole.Buyer)]          // blaming one's own choice
    [InlineData("当初瞎了眼才在你家下单", SenderRole.Buyer)]
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
    [InlineData("快回我 sb")]                            // 我 as an object, then the insult
    [InlineData("我看你脑残吧，地址写那么清楚")]
    [InlineData("我操你妈，到底发不发货")]                // 我 opening the clause, the curse aimed at 你
    [InlineData("我cnm，客服死哪去了")]
    [InlineData("你这猪脑子，地址都看不懂")]
    [InlineData("怪你眼瞎，自己没看清还来问")]
    [InlineData("you dumbass, me and my wife waited all day")]
    [InlineData("你是傻子吧，拿我当客服使唤")]
    [InlineData("眼瞎啊，备注写得清清楚楚")]
    [InlineData("你瞎了眼吗，发错颜色了")]
    [InlineData("自己眼瞎点错了还来怪店家")]               // 自己 is the buyer here, not the sender
    public void The_same_words_said_of_the_other_side_are_still_abuse(string text) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, SenderRole.Buyer).Labels);
}
