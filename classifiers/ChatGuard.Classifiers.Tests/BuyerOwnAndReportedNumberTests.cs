using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 precision for buyers: their own number left for the rider's call, and a scammer's number reported to
/// the shop, are not diversions; the same numbers asked to be used elsewhere, or sent by the shop, still are. Phrased
/// apart from the corpora.
/// </summary>
public class BuyerOwnAndReportedNumberTests
{
    [Theory]
    [InlineData("tell the courier to call me on 0917 882 4410 when he's outside, the buzzer doesn't work")]
    [InlineData("driver can ring 0803 219 5567 if the gate is locked")]
    [InlineData("receiver's number for delivery: 0722 118 903, it's my sister")]
    public void A_buyer_s_number_for_the_rider_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("someone called from 0905 778 1203 saying they're from your shop and wanted a deposit")]
    [InlineData("got a text from 0917 330 2291 claiming to be the platform and asking for my card, is this you?")]
    public void A_buyer_reporting_a_scammer_s_contact_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("received an email from parcel-release.desk@gmail.com about my order asking me to pay again, is this real?")]
    [InlineData("someone texted me a link parcelhold-fee.top to pay a customs charge, not from you right?")]
    [InlineData("got an sms with tinyurl.com/x8k2pq saying my refund failed, phishing i guess")]
    public void A_buyer_forwarding_a_phishing_address_or_link_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("the mesh unit's setup page is 10.0.0.138 in any browser once you're on its wifi")]
    [InlineData("does the nas still open on 192.168.50.20 after a reset?")]
    public void A_private_network_address_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Agent);

    [Fact]
    public void A_public_address_still_diverts() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "order at 203.118.47.9 instead, cheaper than here", SenderRole.Agent);

    [Theory]
    [InlineData("call me on 0917 882 4410 and we can agree a better price", SenderRole.Buyer)]
    [InlineData("someone said you're cheaper on WhatsApp, add me 0905 778 1203", SenderRole.Buyer)]
    [InlineData("tell the courier to call me on 0917 882 4410", SenderRole.Agent)]
    [InlineData("is this real? email me at offers.desk@gmail.com", SenderRole.Agent)]
    [InlineData("is this real? email me at offers.desk@gmail.com for the better price", SenderRole.Buyer)]
    [InlineData("someone messaged me your offer, mail me from parcel-release.desk@gmail.com and I'll pay there", SenderRole.Buyer)]
    public void The_same_numbers_asked_to_be_used_elsewhere_or_sent_by_the_shop_still_divert(string text, SenderRole role) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, role);
}
