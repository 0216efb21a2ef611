using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C2 precision: buyers greet and thank the person at the desk warmly (客服小姐姐, 客服哥哥, 你好呀, 辛苦啦). The abuse head
/// had met 客服/小姐姐/你 mostly in insults and in asking the agent out, and scored such greetings 0.9–0.99 (session 23's
/// probe: 6 of 20 fresh warm lines held for review). Lines written for this test, none of them in the corpus.
/// </summary>
public class WarmWordsToTheAgentTests
{
    [Theory]
    [InlineData("客服小可爱你好")]
    [InlineData("客服小姐姐晚安")]
    [InlineData("客服您辛苦啦，祝你下班愉快")]
    [InlineData("客服你好呀我来催单啦")]
    [InlineData("客服大大辛苦了")]
    [InlineData("谢谢客服小姐姐的耐心解答")]
    [InlineData("你好呀客服，我的快递到了吗")]
    [InlineData("客服好人一生平安")]
    [InlineData("客服小姐姐你好呀")]
    [InlineData("客服哥哥你好呀")]
    public void Warm_greetings_and_thanks_to_the_agent_are_clean(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);
        Assert.True(verdict.IsClean, $"{text}: {string.Join("; ", verdict.Findings.Select(f => $"{f.Label} {f.Detail}"))}");
    }

    [Theory]
    [InlineData("客服你人真好啊，三天不回消息，呵呵废物")]   // contempt dressed in thanks
    [InlineData("客服小哥哥你真是个废物")]
    [InlineData("客服你好呀，你是猪吗听不懂人话")]
    [InlineData("谢谢你呀客服，谢谢你全家，垃圾店")]
    public void Insults_wrapped_in_warm_words_are_still_abuse(string text) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, SenderRole.Buyer).Labels);
}
