using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C3 intimidation (session 26, the lead's convention): a threat of violence at the other side, or their home or family named
/// to menace them, is prohibited content as well as abuse, on the same span with the same severity and the same power to act;
/// a threat of exposure or complaint stays abuse alone, a denied threat, a reported one and hyperbole stay clean.
/// </summary>
public class IntimidationTests
{
    [Theory]
    [InlineData("等着 我知道你们店在哪 明天过去弄死你")]
    [InlineData("再不退钱我叫几个兄弟过去砸了你的店")]
    [InlineData("refund me or I'll come and stab you")]
    [InlineData("I know where you live. refund me today")]
    public void A_violent_threat_is_intimidation_with_the_abuse_findings_power(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);
        var abuse = verdict.Findings.Where(f => f.Label == Labels.Abuse && f.Evidence != Evidence.Model).ToList();
        var intimidation = verdict.Findings.Where(f => f.Label == Labels.Prohibited && f.Detail == "intimidation").ToList();
        Assert.NotEmpty(abuse);
        Assert.NotEmpty(intimidation);
        // C3 adds no power C2 lacked: nothing held before blocks now.
        Assert.All(intimidation, i => Assert.Contains(abuse, a => a.Severity >= i.Severity && (a.ActsAlone || !i.ActsAlone)));
    }

    [Theory]
    [InlineData("信不信我一把火烧了你的店")]
    [InlineData("你家孩子在哪上学我都知道，自己掂量")]
    public void An_implied_violent_threat_is_held_as_intimidation(string text) =>
        LabelAssert.HeldByRule(Labels.Prohibited, "intimidation", text, SenderRole.Buyer);

    [Theory]
    [InlineData("不退款我就把你的照片挂到网上")]
    [InlineData("keep ignoring me and I'll post your address online for everyone to see")]
    public void A_threat_of_exposure_is_abuse_alone(string text)
    {
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);
    }

    [Theory]
    [InlineData("we will never hurt you or share your details", SenderRole.Agent)]
    [InlineData("有人私信我说要弄死我，就因为我给了差评，这种情况平台能管吗", SenderRole.Buyer)]
    [InlineData("笑死，打死也不买这个颜色，气死了", SenderRole.Buyer)]
    [InlineData("this is a killer deal, I could murder a coffee right now", SenderRole.Buyer)]
    public void Denied_reported_and_hyperbolic_threats_are_clean(string text, SenderRole role)
    {
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, role);
        LabelAssert.NoRuleFlags(Labels.Abuse, text, role);
    }
}
