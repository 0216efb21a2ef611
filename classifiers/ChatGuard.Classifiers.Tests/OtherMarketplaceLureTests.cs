using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1: the shop's page on another marketplace with the lure to buy there (no platform fees, less markup, grab it there);
/// the same marketplace named as a comparison or a past purchase is clean. Phrased apart from the corpora.
/// </summary>
public class OtherMarketplaceLureTests
{
    [Theory]
    [InlineData("we're on Vinted as 'Mila Closet', no platform fees there")]
    [InlineData("same coat is on my Depop, grab it there and I'll post it tomorrow")]
    public void Another_marketplace_with_its_lure_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("this one is the same model as on amazon, our warranty is longer though")]
    [InlineData("I bought the first one on ebay years ago, still works")]
    public void A_marketplace_named_in_passing_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
