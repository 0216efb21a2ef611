using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision, session 25 (t192's Hong Kong lines, blocked as insults): a Cantonese swear as the degree of praise
/// (正到仆街), opening the sender's own mistake or relief (仆街，我以為遺失咗; Dllm … 終於到), or said of oneself before one's
/// own slip (自己on9揀錯色) names no one in the chat; the same words aimed at the reader stay abuse.
/// </summary>
public class CantoneseSwearAtNoOneTests
{
    [Theory]
    [InlineData("嘩 呢對鞋正到仆街，再嚟一對")]
    [InlineData("個蛋糕好食到on9，下次再訂")]
    [InlineData("仆街，我以為寄失咗，原來喺管理處")]
    [InlineData("Dllm 等咗三個禮拜，終於到咗，好開心")]
    [InlineData("自己on9揀錯碼，想問可唔可以換")]
    public void Swears_aimed_at_no_one_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("仆街，我以為你哋係正經舖頭")]
    [InlineData("Dllm 你哋終於肯回覆啦")]
    [InlineData("自己on9仲要怪我哋")]
    [InlineData("你個仆街，三日都唔發貨")]
    public void The_same_words_aimed_at_the_reader_stay_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Agent);
}
