using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision, session 25: an expletive opening praise (tmd 太香了), a word likened to the sender (穷鬼如我), an insult
/// inside a quoted product name ("你是猪吗"那款杯子) and Tagalog pota at the message's start are aimed at no one; the same
/// words aimed at the reader stay abuse.
/// </summary>
public class PraiseSelfLikenessAndQuotedNameTests
{
    [Theory]
    [InlineData("tmd 太香了 又回购三包")]
    [InlineData("穷鬼如我 只能等双十一了")]
    [InlineData("请问\"你是猪吗\"这款抱枕还有吗")]
    [InlineData("「混蛋兔」公仔还有大号吗")]
    [InlineData("pota ang bilis ng delivery, salamat")]
    [InlineData("ok I'm a complete muppet, the charger was in the side pocket all along")]
    public void Words_aimed_at_no_one_are_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("tmd 三天了还不发货")]
    [InlineData("tmd 太慢了 你们到底发不发")]
    [InlineData("你就是个穷鬼")]
    [InlineData("你是猪吗 那个马克杯都能拍错")]
    [InlineData("pota ka, ang bagal mo")]
    [InlineData("you're a complete muppet, read the listing")]
    public void The_same_words_aimed_at_the_reader_stay_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
