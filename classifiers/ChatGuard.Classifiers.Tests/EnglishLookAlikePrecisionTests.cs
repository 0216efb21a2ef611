using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, precision first in English shop chat: words that look like a violation but name something else (a fake
/// scam, a display replica, a gym rep, a waybill, review help text), each beside the violation of the same family that
/// must stay caught. Phrased apart from the corpora.
/// </summary>
public class EnglishLookAlikePrecisionTests
{
    // C5 is fake goods: a fake scam message, site, group or job is a warning about someone else.
    [Theory]
    [InlineData("reminder: we never host lucky draw groups on Telegram, any such group is fake")]
    [InlineData("careful, those shipping-fee emails are fake and not from our team")]
    [InlineData("I got fake recruitment messages saying I could earn by liking products")]
    [InlineData("there's a fake website with our logo, please only order in the app")]
    [InlineData("those part time jobs reviewing products are fake, just ignore them")]
    public void A_fake_scam_is_no_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text, SenderRole.Agent);

    [Theory]
    [InlineData("they are fake honestly but the stitching looks real")]
    [InlineData("fake Beats, sound is the same as the real ones")]
    [InlineData("message me for fake bags, best quality")]
    public void Fake_goods_stay_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text, SenderRole.Agent);

    // C5: a display replica or a workout rep copies no brand.
    [Theory]
    [InlineData("the replica T-rex skull is resin, about 30 cm long")]
    [InlineData("this replica sword is a movie prop, blunt edges, for display")]
    [InlineData("aim for a rep range of 10 to 15 with the lighter kettlebell")]
    [InlineData("a replica meteorite paperweight for the kids' science corner")]
    public void A_display_replica_or_a_workout_rep_is_no_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text, SenderRole.Agent);

    [Theory]
    [InlineData("replica Cartier bracelet, nobody will notice")]
    [InlineData("we got reps of the new Dunks in stock")]
    [InlineData("UA reps in all sizes, ask me")]
    public void Knock_offs_stay_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text, SenderRole.Agent);

    // C7 is telling the buyer what to write: where, until when and thanks for writing one dictate nothing.
    [Theory]
    [InlineData("you can write your review up to 14 days after it arrives, whenever you like")]
    [InlineData("open the order, scroll down and tap Write a product review")]
    [InlineData("we really appreciate you taking the time to write feedback about the fit")]
    [InlineData("if you would like to write a review, please just say what you really think")]
    public void Review_help_and_thanks_dictate_nothing(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text, SenderRole.Agent);

    [Theory]
    [InlineData("in the review write 'arrived quickly, excellent quality' please")]
    [InlineData("please mention the soft fabric and the quick delivery in your review")]
    public void Dictated_review_wording_stays_caught(string text) =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, text, SenderRole.Agent);

    // C1: a courier's waybill or a part or serial number named in its own clause is no number to dial.
    [Theory]
    [InlineData("your Aramex AWB is 15403218876, it left the hub this morning", SenderRole.Agent)]
    [InlineData("Pos Laju consignment 15403218876 still shows in transit", SenderRole.Buyer)]
    [InlineData("the OEM part number is 09283-21044, it fits the older model too", SenderRole.Buyer)]
    [InlineData("serial number 0412 558 930 is printed under the base", SenderRole.Agent)]
    public void A_waybill_or_part_number_is_no_phone(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);

    [Theory]
    [InlineData("call me on 15403218876 about the AWB", SenderRole.Agent)]
    [InlineData("text 0412 558 930 for the part number", SenderRole.Agent)]
    [InlineData("DHL waybill 13812345678 打给我处理", SenderRole.Agent)]
    [InlineData("ring 09283 21044 before the courier comes", SenderRole.Buyer)]
    public void A_number_with_a_call_stays_a_phone(string text, SenderRole role) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, role);

    // C4/C1: a buyer reporting what a third party asked reports someone else's ask, to the shop.
    [Theory]
    [InlineData("heads up, some guy on TikTok is asking people to pay via Venmo for your candles")]
    [InlineData("a different shop asked me to send the money through Cash App and then disappeared")]
    [InlineData("a stranger emailed me that I won a voucher from you and must buy a Google Play gift card to claim it, is that you?")]
    [InlineData("the last seller wanted me to pay a deposit by Zelle and never shipped, so I'm careful now")]
    public void A_third_partys_ask_reported_by_the_buyer_is_no_ask(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);

    [Theory]
    [InlineData("can I just send you the money through Cash App?")]
    [InlineData("I'd rather pay a deposit by Zelle, what's your number")]
    public void A_buyers_own_ask_stays_caught(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);

    // C4: a refusal governs its whole clause, a list of apps included.
    [Theory]
    [InlineData("Apologies, we can only accept payment through the app, so no GCash, Maya or bank transfer please")]
    [InlineData("nobody from our store will message you to pay a fee or a deposit by Cash App")]
    [InlineData("please do not pay anyone by Venmo or Zelle who says they're us")]
    public void A_refusal_over_a_list_of_apps_is_no_ask(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Agent);

    [Theory]
    [InlineData("we can't do card payments, just send it to my Cash App")]
    [InlineData("no checkout needed, pay me on Zelle")]
    public void An_ask_after_a_refusal_stays_caught(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, SenderRole.Agent);
}
