using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, an English and Southeast-Asian blind check: contact diversion (C1), outside payment (C4) and impersonation
/// (C6) families it missed, phrased apart from the corpora, each with the look-alikes a shop or buyer writes kept clean.
/// </summary>
public class SoutheastAsiaDiversionFamilyTests
{
    [Theory]
    [InlineData("new drops go to our tele group @kicks_hub_my first, join la")]                   // C1: a channel, then its handle
    [InlineData("follow my insta @mei.bakes.88 for the full menu")]
    [InlineData("the owner's QR is on the last picture, scan and add him, he gives discount")]      // C1: a QR to scan and chat
    [InlineData("ano viber mo? mas madali dun")]                                                    // C1: Taglish ask for an account
    [InlineData("kalau nak murah, beli terus dengan kami, no need checkout")]                       // C1: Malay, bought from the shop off the order
    [InlineData("0 1 2 - 3 3 4 5 6 7 8 9 … ni nombor hp saya, baca terbalik ya")]                   // C1: a number to be read reversed
    [InlineData("drop me a mail: moc.oohay@99kcirtap")]                                             // C1: an e-mail domain written reversed
    [InlineData("we post everything on Telegram.\nFree delivery for members.\nSearch the same name as our shop")]   // C1: the shop's name, on an app named earlier
    [InlineData("we are on that app with the paper plane icon, you know la")]                       // C1: an app named by a riddle
    [InlineData("my tracking no. is 8123 9988 hehe, whatsapp me on it")]                            // C1: a phone number passed off as a tracking number
    [InlineData("wh@ts@pp us: 8 one 2 two 7 seven 3 four")]                                         // C1: digits and number words after "whatsapp us"
    [InlineData("IG ➡️ kopi . kaki . sg (remove the spaces) and dm us")]                             // C1: an account typed apart, to be joined up
    [InlineData("restock list is on our tele\nprices same as here\nhit us up there")]                    // C1: told to write there, lines after the app
    [InlineData("new colours on IG tonight\n\nsame name as the shop")]
    public void Flags_contact_moved_to_another_app(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("this smartwatch shows Telegram channel alerts and WhatsApp group messages")]
    [InlineData("order ID 2405120099871 is on the way, track it under My Purchases")]
    [InlineData("sorry we don't have a Telegram group, chat with us here anytime")]
    [InlineData("the notebook has a paper plane pattern on the cover")]
    [InlineData("scan the QR on the warranty card to register the product online")]
    [InlineData("jangan beli terus dari orang lain, semua order kat app sahaja")]
    [InlineData("call us 9am to 6pm on weekdays, or chat here")]
    [InlineData("type the name for the engraving with no spaces, max 10 letters")]
    [InlineData("your order no is 2405120099, please keep it for the return")]
    [InlineData("our fb page shows the size chart, but please order here in the app")]
    [InlineData("this phone comes with a paper plane game app installed")]
    [InlineData("the Instagram filter app has a night mode\nfind us there? nope, just order here in the app")]
    public void Keeps_contact_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("GrabPay RM60 to 8877 6655 then screenshot")]                                    // C4+C1: a wallet and the number to pay
    [InlineData("balance pls DuitNow 0123 456 789 before we post")]
    public void Flags_a_wallet_payment_to_the_shops_number(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("get 3 Digi reload pins from the petrol station, scratch them and send me the codes")]   // C4: reload PINs as payment
    [InlineData("you can pay using Steam wallet codes, just send a picture of the back")]
    [InlineData("help boost our store with 5 orders, you pay first and get your money back plus 20% commission")]   // C4: a task scam
    [InlineData("refund approved at RM120, we'll deduct RM15 as a handling fee before sending")]                    // C4: a fee kept from an agreed refund
    [InlineData("we keep 10 dollars of the refund as a packing fee, the rest goes back to you")]
    [InlineData("you'll receive RM45 back, RM5 goes to our handling fee")]
    [InlineData("place 3 orders with your own money, we pay it all back with 12% commission")]
    public void Flags_money_asked_or_kept_outside_the_rules(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Touch n Go reload pins RM10 to RM100 in stock, add to cart and the pin comes by email")]
    [InlineData("paid by PayNow at checkout, order 2405129988 is being packed")]
    [InlineData("we keep the parcel for inspection, then Shopee refunds you in full")]
    [InlineData("we never ask for gift card codes, please report anyone who does")]
    [InlineData("leave 5 stars and we send you a Google Play gift card")]
    [InlineData("Notice from Ninja Van: your parcel was delivered to the locker, no fee")]
    [InlineData("we don't do 'send by Venmo for a discount' deals, anyone offering that in our name isn't us")]
    [InlineData("we'll take the item back and refund in full, our handling fee is waived")]
    [InlineData("we keep the packaging for inspection and refund the full amount")]
    public void Keeps_payment_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Good day, Trading Standards officer speaking, we have a complaint linked to your purchase")]   // C6: an authority in a shop chat
    [InlineData("This is the Department of Trade and Industry, your case is closed, do not file again")]
    [InlineData("SPF here. A parcel under your name is being investigated")]                                  // C6: the police by initials
    [InlineData("Alert from your bank: key in the 6-digit code to stop the charge")]                          // C6: a bank through the shop's chat
    [InlineData("FYI this shop is managed by Lazada itself, so you can trust our refund steps")]              // C6: the shop run by the platform
    [InlineData("TikTok assigned me to handle your dispute, I can approve it from here")]
    [InlineData("I am platform-appointed support for this order")]
    [InlineData("we are an official partner of Shopee, no need to contact them about the return")]
    [InlineData("Notice from Ninja Van: parcel on hold, settle the RM4 redelivery fee to release it")]      // C6+C4: a courier's notice asking a fee
    [InlineData("Royal Mail here: parcel held at the depot, £2.50 fee to release it")]                  // C6: a courier's notice
    [InlineData("Shopee handles our customer service, so you can trust our instructions")]             // C6: the platform said to serve the shop's buyers
    public void Flags_shops_posing_as_the_platform_or_an_authority(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("if we can't agree, you may report it to Trading Standards")]
    [InlineData("this sunscreen is SPF 50, water resistant")]
    [InlineData("please ring your bank to confirm whether the charge is yours")]
    [InlineData("our shop is run by two sisters, delivery is handled by Lazada")]
    [InlineData("we are an authorised reseller with an official store on Shopee")]
    [InlineData("the system cancelled it since the address failed verification; the refund is automatic")]
    [InlineData("we ship with Royal Mail tracked 48, the number is in the app")]
    [InlineData("this is our DTI-registered business name, as on the permit")]
    [InlineData("the shop is operated by Acme Trading, a Shopee Mall seller")]
    public void Keeps_platform_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("someone called saying they are Lazada CS and told me to transfer money to unlock my account, was that you?")]
    [InlineData("a caller said she's from Shopee and wanted a payment to release my refund, is that your shop?")]
    [InlineData("有人打嚟話係Lazada客服，叫我過數解凍戶口，係咪你哋？")]
    public void A_buyer_asking_whether_a_call_was_real_is_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Impersonation, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
    }
}
