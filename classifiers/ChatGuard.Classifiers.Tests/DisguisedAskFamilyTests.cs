using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Asks said around their word: a gambling room by its buy-in and payouts (C3), "inspired" goods with the brand's logo
/// and tags or said to pass for real (C5), a shop claiming to be the app's own team (C6); beside them a tournament fee,
/// an inspired style, a clone of a drive and the shop's own customer care. Phrased apart from the corpora.
/// </summary>
public class DisguisedAskFamilyTests
{
    [Theory]
    [InlineData("private table tonight, minimum buy-in 500 pesos, winners paid out daily via the group")]
    [InlineData("join the room: min buy in $10, winnings paid every evening")]
    public void A_room_with_a_buy_in_and_daily_payouts_is_gambling(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("inspired bags 😉 logo and tags exactly like the boutique")]
    [InlineData("this wallet passes for the real one, even the stitching")]
    public void Inspired_goods_with_the_brand_s_marks_or_passing_for_real_are_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Fact]
    public void A_shop_claiming_to_be_the_app_s_own_team_is_impersonation() =>
        LabelAssert.RuleFlags(Labels.Impersonation, "hello, the real app team here, your account needs a check");

    [Theory]
    [InlineData("board game cafe tournament, entry fee $10, prizes for the top three")]
    [InlineData("inspired by the 90s, oversized fit, our own label")]
    [InlineData("we clone your old drive onto the new SSD at no cost")]
    [InlineData("our customer care team answers within a day")]
    [InlineData("the real leather passes the scratch test easily")]
    public void The_look_alikes_are_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
    }
}
