using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision, session 24: the legitimate lines that look like abuse — swearing at the parcel locker, the lift or the
/// weather, swearing as praise (太tmd好吃了), the sender's own head blamed, a Cantonese curse before the sender's own slip,
/// a host's words to the audience reported, a curse's initials inside an order or pickup code, a rude product name, a
/// threat quoted in a report — and a night's price asked bare, which is C3 and not harassment of the agent. Phrased apart
/// from the corpora.
/// </summary>
public class SituationSwearAndCodeLookAlikeTests
{
    [Theory]
    [InlineData("tmd 驿站又关门了 明天再去取吧")]
    [InlineData("tmd电梯又坏了，快递只能先放楼下了")]
    [InlineData("这个烤肠太tmd好吃了，再来三包")]
    [InlineData("我这脑子有病吧，同一件下了两单，取消一个")]
    [InlineData("我脑子是不是有病 又把地址填成公司了")]
    [InlineData("仆街 呢张单我打错咗门牌 可唔可以改")]
    [InlineData("你们主播刚才在直播间说粉丝是穷鬼，这个我已经投诉了")]
    [InlineData("客服说买家都是穷鬼，截图我发平台了")]
    [InlineData("取件码是SB开头那串吗？我输了好几次都不对")]
    [InlineData("订单号里有个NMSL，是系统随机生成的吗")]
    [InlineData("do you still have the Bad B*tch wine tumbler in rose gold?")]
    [InlineData("Reporting a buyer here, she wrote 'I know where you live' under my review")]
    public void Swearing_at_the_situation_oneself_a_code_or_a_report_is_never_blocked(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    // C3, not C2: a night's price asked bare shops for a sex service; asked of the person at the desk it harasses them.
    [Fact]
    public void A_sex_service_asked_bare_is_not_harassment_of_the_agent()
    {
        static bool Harasses(string text) =>
            LabelAssert.Scan(text, SenderRole.Buyer).Findings.Any(f => f.Label == Labels.Abuse && f.Detail == "sexual harassment");

        Assert.False(Harasses("包夜多少钱 快餐呢"));
        LabelAssert.RuleFlags(Labels.Prohibited, "包夜多少钱 快餐呢", SenderRole.Buyer);
        Assert.True(Harasses("美女 你包夜多少"));
    }
}
