using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4 over named payment rails (rail_off_platform_payment.json): a rail with the person who takes the money or the deposit
/// it asks ahead of the order, the checkout set against a direct payment, an order cancelled for the shop's own bill, a
/// charge paid to the shop. Beside them the look-alikes: rails offered at checkout, refunds to the original method, a
/// buyer asking what the app accepts, reports and warnings, the shop refusing, DDP duties, pre-sale deposits, COD.
/// Phrased apart from the corpora.
/// </summary>
public class PaymentRailFamilyTests
{
    [Theory]
    [InlineData("rail-to-person", "ok I'll GCash you direct tonight, then you ship tomorrow?", SenderRole.Buyer)]
    [InlineData("rail-to-person", "DP 300 thru Maya muna to reserve the crib", SenderRole.Agent)]
    [InlineData("rail-to-person", "throw it over on Revolut and it ships tonight", SenderRole.Agent)]
    [InlineData("rail-app-contrast", "Venmo works out cheaper than paying in the app, just saying", SenderRole.Agent)]
    [InlineData("rail-app-contrast", "The app price has their cut baked in, a bank transfer gets you trade price", SenderRole.Agent)]
    [InlineData("rail-order-undone", "cancel this order and I'll email you an invoice for the same items", SenderRole.Agent)]
    [InlineData("rail-direct-payee", "let me pay you directly, the checkout keeps timing out", SenderRole.Buyer)]
    [InlineData("rail-direct-payee", "all payments for this order must now be made directly to the seller's account", SenderRole.Agent)]
    [InlineData("rail-fee-to-shop", "there's a customs tax of $30 you need to settle with us before we release it", SenderRole.Agent)]
    public void A_rail_with_the_payee_or_the_checkout_set_aside_is_held_as_off_platform_payment(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.OffPlatformPayment, rule, text, role);

    [Theory]
    [InlineData("GCash is available at checkout, pick it on the payment page", SenderRole.Agent)]
    [InlineData("PayNow and DuitNow are both supported at checkout now", SenderRole.Agent)]
    [InlineData("Refunds go back to your original payment method, GCash included", SenderRole.Agent)]
    [InlineData("Can I pay with PayPal in the app?", SenderRole.Buyer)]
    [InlineData("Is the app price the same if I pay with GCash?", SenderRole.Buyer)]
    [InlineData("Someone messaged me to pay them directly by Zelle, is that legit?", SenderRole.Buyer)]
    [InlineData("a seller asked me to pay him directly on Venmo so I reported him", SenderRole.Buyer)]
    [InlineData("We never ask you to pay directly by GCash or bank transfer, only pay in the app", SenderRole.Agent)]
    [InlineData("sorry, bawal ang GCash direct, sa Shopee lang po tayo", SenderRole.Agent)]
    [InlineData("For DDP orders the customs duty is included in the price, nothing to pay on delivery", SenderRole.Agent)]
    [InlineData("Pre-sale: pay the deposit in the app now and the balance on launch day", SenderRole.Agent)]
    [InlineData("Can I pay the rider by GCash instead of cash? It's a COD order", SenderRole.Buyer)]
    [InlineData("Cancel the order and reorder the right size, the app issues a VAT invoice", SenderRole.Agent)]
    [InlineData("Maya from our team will message you directly about the size", SenderRole.Agent)]
    [InlineData("We don't accept gift cards as payment, please use the checkout", SenderRole.Agent)]
    public void Checkout_rails_refunds_questions_reports_and_refusals_are_clean(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);
}
