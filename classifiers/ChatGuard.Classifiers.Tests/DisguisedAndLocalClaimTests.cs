using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 23 (t166, t167, t168, t173): exaggerated claims spelled to dodge the list (国家jí, 降xue压, 行业NO1), learning
/// guaranteed in days (七天包会, 包你上台), cures "for good" in the buyer's language — and the denials, warranties and
/// ordinary firsts that stay clean.
/// </summary>
public class DisguisedAndLocalClaimTests
{
    [Theory]
    [InlineData("这款按摩贴专治腰腿痛 贴三天就好")]                         // C8: a cure for a named ailment
    [InlineData("降xue糖 降xue压 一盒搞定")]                                  // C8: pinyin inside the word
    [InlineData("国家jí品质 放心买")]
    [InlineData("全网最便宜 就在我们家")]
    [InlineData("行业NO1 十年老店")]
    [InlineData("吉他速成班 七天包会")]                                       // C8: learning guaranteed in days
    [InlineData("报我们的课 包你一个月上台演出")]
    [InlineData("cam kết đỗ chứng chỉ sau 2 tháng")]
    [InlineData("jamin langsing dalam 2 minggu")]
    [InlineData("한 달이면 10kg 감량 보장")]
    [InlineData("cura la artritis para siempre")]                            // C8: cured for good
    [InlineData("вылечит простатит навсегда")]
    [InlineData("dawa hii huponya vidonda kabisa")]
    [InlineData("kanser hücrelerini yok eder bu çay")]
    [InlineData("la mejor crema, #1 del mundo")]
    public void Flags_the_claim(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("không trị dứt điểm được đâu ạ, chỉ hỗ trợ thôi")]          // the agent denies the cure
    [InlineData("esta crema no cura la artritis para siempre, es solo hidratante")]
    [InlineData("这款吉他第一次上台表演也能用")]
    [InlineData("la garantía cubre el motor para siempre")]                  // a warranty, not a cure
    [InlineData("подписка навсегда, отменить можно в любой момент")]
    [InlineData("最近一周下单最多的是这款")]                                  // an ordinary 最 of time and order
    [InlineData("第一次买的话选小瓶装")]
    public void Keeps_the_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);
}
