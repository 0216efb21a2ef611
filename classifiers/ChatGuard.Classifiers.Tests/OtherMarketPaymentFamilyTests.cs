using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 beside C4 for the wallets of other markets (M-Pesa, JazzCash, bKash, Opay, MoMo, g-cash…), and C4 for refunds
/// paid short and courier fees said in plain English; the same apps at the
/// platform's checkout and honest refunds stay clean. Phrased apart from the corpora.
/// </summary>
public class OtherMarketPaymentFamilyTests
{
    [Theory]
    [InlineData("pls clear the remaining 2,000 via our M-Pesa paybill first, then the courier leaves")]
    [InlineData("settle the deposit through my Opay and the parcel is yours")]
    [InlineData("the extra 300 goes on my bKash 01998765432 sir")]
    [InlineData("kindly do 40% advance on Easypaisa 03331112223 so I can book the tailor")]
    [InlineData("half down thru g-cash then we cut the fabric")]
    public void A_payment_ask_into_another_market_s_wallet_names_an_account(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("kindly remit the 85 dollars to acct no. 3021987654 Zenith for faster delivery")]
    [InlineData("remit to a/c no 4401239876 and the item is released")]
    public void A_remittance_to_an_account_number_written_short_is_payment_off_the_platform(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Maya and GCash both show up on the payment page when you place the order")]
    [InlineData("is it ok to use M-Pesa inside the app for this order?")]
    [InlineData("JazzCash works at checkout, choose it on the last step")]
    [InlineData("the g-cash refund lands in your wallet in 3 to 5 days")]
    public void The_same_wallets_at_the_platform_s_checkout_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("return received. the refund will be sent minus $9 for restocking")]
    [InlineData("you will get the refund once we subtract our packaging costs of 6 dollars")]
    [InlineData("for the 2nd attempt prepare ₱120 redelivery fee for our rider")]
    [InlineData("give the rider 60 rupees re-delivery charge, otherwise the parcel comes back")]
    public void A_refund_paid_short_or_a_fee_handed_to_the_rider_is_payment_the_platform_never_charges(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("we are restocking the blue one next week, your refund for the red one is already on its way")]
    [InlineData("the refund is the whole order, restocking costs are on us")]
    [InlineData("our rider will try again tomorrow at no extra charge")]
    [InlineData("refund approved in full, shipping included, the platform pays it to your card")]
    public void A_full_refund_and_restock_news_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
