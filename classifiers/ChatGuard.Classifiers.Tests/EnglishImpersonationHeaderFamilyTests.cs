using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C6 as English-speaking shops pose: a message headed by a marketplace desk, or sent as a courier, a bank or a tax agency, that asks
/// for money, a code or a reply; a seller who says they work for the marketplace; its head office or refund desk
/// speaking. Beside them an agent naming the courier or the marketplace's own support, a shop saying it is not the
/// platform, and a wallet offered at checkout. Phrased apart from the corpora.
/// </summary>
public class EnglishImpersonationHeaderFamilyTests
{
    [Theory]
    [InlineData("Update from Parcelforce: import charges unpaid on your item, settle £6.20 here before Friday")]
    [InlineData("hi this is UPS, delivery attempt failed and a redelivery fee of $2 is due, reply YES")]
    [InlineData("Vinted Support: we released your payment twice, please send the extra €18 back to the seller")]
    [InlineData("Notice from Mercari: your account needs verification, reply with the code we texted")]
    [InlineData("Hello this is Aramex, your shipment has an outstanding customs balance")]
    public void A_header_of_someone_else_asking_for_money_or_a_code_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("I work at Etsy, so I can approve the return for you myself")]
    [InlineData("Poshmark Finance here, your payout needs one more step")]
    [InlineData("hey, I'm from the Depop refund department, we just need your card details")]
    public void A_seller_speaking_as_the_marketplace_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("UPS usually delivers here before noon")]
    [InlineData("Etsy support can look into it, open a case from your purchases page")]
    [InlineData("We're the shop, not Amazon, so for the A-to-z claim please use their form")]
    [InlineData("PayPal and cards are both available at checkout")]
    [InlineData("Poshmark charges the seller a fee, you pay only the listed price")]
    [InlineData("here is the FedEx tracking number for your order: 7789 1234 5566")]
    [InlineData("update from the courier: picked up this morning, in transit now")]
    public void Naming_the_courier_the_marketplace_or_a_checkout_wallet_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);
}
