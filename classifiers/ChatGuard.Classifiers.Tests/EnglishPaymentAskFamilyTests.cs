using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4 in English shops' words: prepaid cards by brand with what the shop wants of them, an amount kept back from an
/// agreed refund, a charge asked before dispatch or apart from the order. Beside them a buyer paying with Apple Card (a
/// credit card), gift cards sold as goods, and insurance the platform pays. Phrased apart from the corpora.
/// </summary>
public class EnglishPaymentAskFamilyTests
{
    [Theory]
    [InlineData("two Amazon gift cards will do, just text me the numbers")]
    [InlineData("paysafecard only, a photo of the pins please")]
    [InlineData("your refund is $40 minus the bank charges on our side")]
    [InlineData("a $6 handling charge comes off the refund since the tag was cut")]
    [InlineData("there's a $9 service charge before dispatch, paid separately")]
    [InlineData("add the shipping insurance, $14, payable to us before it ships")]
    public void Prepaid_cards_refund_deductions_and_separate_charges_are_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("I'd like to use Apple Card to pay, does it work here?")]
    [InlineData("we stock Xbox cards in $25 and $50, shipped as a printed card")]
    [InlineData("parcel insurance is covered by the platform on every order")]
    public void A_credit_card_at_checkout_cards_as_goods_and_platform_insurance_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
