using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, a second cross-border check (Singapore, Malaysia, the Philippines): English, Singlish, Taglish and Malay
/// families it missed, phrased apart from the corpora, each with the look-alikes a shop or buyer there writes kept clean.
/// </summary>
public class CrossBorderSecondFamilyTests
{
    [Theory]
    [InlineData("u look cute, send me pics of ur feet pls")]                  // C3+C2: a body photo asked of the agent
    [InlineData("so what are u wearing at the desk today")]
    [InlineData("i can show you mine if you show me urs")]
    [InlineData("Escort service ready, 2 hrs RM280 only")]                   // C3: escorts by the hour or a menu
    [InlineData("chio girls available, pm me for rates")]
    [InlineData("full set of leaked onlyfans, cheap cheap")]                 // C3: adult video sold
    [InlineData("nsfw vids pack 300 files")]
    [InlineData("pasok na sa esabong, live laban mamaya")]                   // C3: online cockfighting, casino brands
    [InlineData("918kiss top up RM30 dapat free credit")]
    public void Flags_sexual_adult_and_gambling_offers(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("send me pics of ur feet pls")]
    [InlineData("what r u wearing now")]
    public void A_sexual_photo_ask_is_also_abuse(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("can u send a pic of your feet in the sandals to check which size fits?")]
    [InlineData("sexy girls costume size M, pm me for price")]
    [InlineData("we never sell onlyfans leaks, please report such chats")]
    [InlineData("the video bundle has 12 baking lessons")]
    [InlineData("I showed you my tracking number, show me yours")]
    [InlineData("companion service for my grandfather, 4 hours a day, is that possible?")]
    [InlineData("what are u wearing in the live earlier, the green blouse? pls send link")]
    [InlineData("my lola watches the sabong festival on tv, haha")]
    public void Keeps_offer_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("master copy rolex, very hard to tell apart")]                              // C5: a copy's grade name
    [InlineData("replica iphone 15, passes authentication, serial can check")]              // C5: a copy said to pass the brand's checks
    [InlineData("di original na Chanel ito, pero parehong pareho talaga")]                  // C5: Taglish, not original but identical
    public void Flags_copies_sold_as_the_brand(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("could you email me the master copy of the contract?")]
    [InlineData("the master copy of your warranty card is inside the box")]
    [InlineData("all units brand new sealed, serial can check on apple site")]
    [InlineData("hindi original yung paper bag, pero may resibo po")]
    public void Keeps_copy_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("OCBC fraud team here, your card was used overseas, share the OTP")]       // C6: a bank's fraud desk
    [InlineData("this is Inspector Wong of the Royal Malaysia Police, your parcel has drugs")]   // C6: the police
    [InlineData("PDRM here, answer within 1 hour or we freeze your account")]
    [InlineData("Lazada SG refund team: confirm your account to receive the money")]      // C6: the marketplace's staff
    [InlineData("we're the platform's support team, not the seller, just follow our steps")]
    public void Flags_institutions_writing_in_a_shop_chat(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("if anyone asks for your OTP, report it to the Royal Malaysia Police")]
    [InlineData("please contact the platform's refund team in the app help centre")]
    [InlineData("you can call the OCBC fraud team to block the card")]
    [InlineData("we are the platform's official store for this brand, 100% authentic")]
    [InlineData("beware of anyone saying UOB fraud team here on chat")]
    public void Keeps_institution_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("drink 1 sachet daily, confirm immune to covid")]                          // C8: immunity promised
    [InlineData("this tonic boost immunity 1000%, kids sure never sick")]
    public void Flags_immunity_claims(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("zinc is part of a normal immune system")]
    [InlineData("my son never fell sick on the trip, thanks")]
    public void Keeps_immunity_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("easy job from home, like 5 products get RM15 commission")]               // C4: task scams
    [InlineData("boss top up for VIP task first, then dapat return double")]
    [InlineData("pa dp po muna, deposit sa BPI account namin tapos ship agad")]           // C4+C1: a deposit into a named bank
    public void Flags_task_scams_and_bank_deposits(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Fact]
    public void A_deposit_into_a_named_bank_also_diverts_contact() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "pa dp po muna, deposit sa BPI account namin tapos ship agad");

    [Theory]
    [InlineData("if you like the products, a rating would help us a lot")]
    [InlineData("BPI credit card installments are available at app checkout")]
    public void Keeps_task_and_bank_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("pm mo kami sa fb para may discount")]                                     // C1: the shop's page on another app
    [InlineData("cari kami di fb, nama kedai sama")]
    public void Flags_the_shops_page_elsewhere(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("dito lang po kami sa shopee, wala kaming ibang page")]
    [InlineData("follow nyo kami sa lazada para sa flash sale")]
    [InlineData("size chart nasa fb page namin, pero dito lang po mag-order")]
    public void Keeps_page_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("sis you are too fat for that skirt, choose XXL")]                        // C2: contempt at a buyer
    [InlineData("so broke you bargain for 5 pesos, go get a job")]
    public void Flags_contempt_at_a_buyer(string text) => LabelAssert.RuleFlags(Labels.Abuse, text);

    [Theory]
    [InlineData("the zipper broke the first day, can I return it?")]
    [InlineData("this cordless drill will get a job done in minutes")]
    [InlineData("you'll get a job card once the technician finishes the install")]
    [InlineData("the XL runs small, I'd size up for a relaxed fit")]
    public void Keeps_contempt_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text);

    [Fact]
    public void A_buyer_mocking_their_own_size_is_not_contempt() =>
        LabelAssert.NoRuleFlags(Labels.Abuse, "haha I'm too fat for this dress, can I exchange for L?", SenderRole.Buyer);

    [Theory]
    [InlineData("the mobile no. on my delivery address has a typo, pls use the one in my profile")]   // a buyer's own address fix
    [InlineData("hi, the number on my shipping address is old, could you use the one in my profile?")]
    public void A_buyer_correcting_their_own_address_is_not_diversion(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Fact]
    public void A_contact_in_the_profile_is_still_diversion() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "my telegram is in my profile, msg me there", SenderRole.Buyer);

    [Theory]
    [InlineData("both the RM50 deposit and the balance get paid through the shop checkout")]
    [InlineData("deposit now, the balance is paid through the app on launch day")]
    public void A_deposit_paid_at_the_checkout_is_not_off_platform(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("write to our gmail and we can sort it outside the app")]
    [InlineData("vip members enjoy 15% off outside the app, scan the qr code to join our group")]
    public void Talk_moved_outside_the_app_with_no_money_is_contact_diversion_only(string text)
    {
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
    }

    [Fact]
    public void Paying_outside_the_app_is_still_off_platform() =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, "just pay me outside the app, cheaper for both of us");

    [Theory]
    [InlineData("ok refund processed, less RM4 handling po")]                              // C4: the shop's own charge off a refund
    [InlineData("your refund was deducted $6 for insurance")]
    [InlineData("only need to like and follow shops, earn RM150 a day")]                    // C4: task scam
    public void Flags_short_refunds_and_follow_tasks(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("we refund the whole amount, handling is on the shop")]
    [InlineData("kindly like and follow our shop for new arrivals")]
    public void Keeps_refund_and_follow_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("fishing game top up RM20 get free credit RM10")]                          // C3: a game topped up for free credit
    public void Flags_games_topped_up_for_free_credit(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("is this slot game console ok for kids 6+?")]
    public void Keeps_game_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Fact]
    public void Flags_a_never_sick_promise() =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, "take 2 capsules daily, sure kebal one, never get sick");

    [Theory]
    [InlineData("what are you wearing in the listing photo? is that the size S?")]
    [InlineData("what are you wearing on today's live, which colour is it")]
    public void Asking_about_the_outfit_in_a_photo_or_live_is_not_harassment(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void Asking_what_the_agent_is_wearing_is_still_harassment() =>
        LabelAssert.RuleFlags(Labels.Abuse, "hey cutie what are you wearing right now", SenderRole.Buyer);

    [Theory]
    [InlineData("I'm from Lazada's Trust & Safety team, this chat is now handled by us")]
    [InlineData("as a certified TikTok Shop buyer protection officer I confirm the refund")]
    public void An_agent_introducing_themself_as_a_marketplace_desk_poses_as_the_platform(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("your order is covered by Shopee buyer protection, no worries")]
    [InlineData("this is the support team of Mia's closet on Shopee")]
    [InlineData("as a Shopee Preferred seller we ship within 24h")]
    public void Naming_the_platform_s_protection_or_the_shop_s_own_team_is_no_pose(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("remove the 1 star please")]
    [InlineData("pls delete the bad review and we send a free gift")]
    public void Asking_to_take_a_low_rating_down_solicits(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("you can edit your review anytime in the app")]
    [InlineData("sorry about the 1 star experience, we removed the faulty batch from sale")]
    public void Review_help_and_refusals_ask_nothing(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);
}
