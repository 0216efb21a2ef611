using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4 in English stores (side_cash_en.json): a shop sending the buyer to hand the courier extra cash for a surcharge the
/// app never charged, and a buyer asking to be paid directly on pain of a false claim, are held for a moderator; cash on
/// delivery chosen at checkout, an optional tip, a buyer reporting a rider, and a dispute threatened for a replacement or
/// the right size stay clean. Phrased apart from the corpora.
/// </summary>
public class EnglishSideCashTests
{
    [Theory]
    [InlineData("courier-cash-en", "the van driver will need another $8 cash for the island surcharge, just hand it over at the door", SenderRole.Agent)]
    [InlineData("courier-cash-en", "heads up, the courier collects a £4 stairs fee by hand since it's the 5th floor", SenderRole.Agent)]
    [InlineData("buyer-extortion-en", "pay me $25 for my trouble or I'll say it arrived smashed", SenderRole.Buyer)]
    [InlineData("buyer-extortion-en", "send me RM30 separately, otherwise chargeback and a bad review", SenderRole.Buyer)]
    public void Money_beside_the_checkout_is_held_by_the_rule(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.OffPlatformPayment, rule, text, role);

    [Theory]
    [InlineData("You picked cash on delivery, so the rider collects the order total shown in the app", SenderRole.Agent)]
    [InlineData("feel free to tip the rider in cash if you like, totally up to you", SenderRole.Agent)]
    [InlineData("The courier will call you on arrival, no extra charge for the remote area", SenderRole.Agent)]
    [InlineData("the rider asked me for extra cash at the door, is that allowed?", SenderRole.Buyer)]
    [InlineData("send me a replacement or I'll open a dispute, it came cracked", SenderRole.Buyer)]
    [InlineData("the box was crushed, I'll open a claim unless you can send the correct size", SenderRole.Buyer)]
    public void Innocent_twins_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);
}
