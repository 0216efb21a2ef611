using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C8 inside a C3/C5 offer: praise of the replica, weapon or bet on offer is part of that offer, not a claim of its own;
/// a claim of effect on the body beside a C3 offer, and praise with no offer, stay claims. Phrased apart from the corpora.
/// </summary>
public class IllicitOfferPraiseTests
{
    [Theory]
    [InlineData("高仿表 顶级做工 细节跟专柜一模一样")]
    [InlineData("top tier reps, 1:1 with retail, best batch you can get")]
    [InlineData("玩时时彩跟我下注 每天稳赚三千")]
    public void Praise_of_an_illicit_offer_is_not_a_claim_of_its_own(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.True(verdict.Labels.Contains(Labels.Counterfeit) || verdict.Labels.Contains(Labels.Prohibited), $"the offer is still found: {text}");
        Assert.DoesNotContain(Labels.ExaggeratedClaims, verdict.Labels);
    }

    [Theory]
    [InlineData("内部款含西布曲明 一个月瘦二十斤")]
    [InlineData("盗版网课视频打包出 押题包过")]
    public void A_claim_of_effect_or_outcome_beside_an_offer_stays(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.True(verdict.Labels.Contains(Labels.Counterfeit) || verdict.Labels.Contains(Labels.Prohibited), $"the offer is still found: {text}");
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);
    }

    [Theory]
    [InlineData("这款面霜全网最好用 没有之一")]
    [InlineData("best charger on the market, guaranteed")]
    public void Praise_with_no_offer_stays_a_claim(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);
}
