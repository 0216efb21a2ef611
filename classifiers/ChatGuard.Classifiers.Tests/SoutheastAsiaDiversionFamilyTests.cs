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
    public void Flags_contact_moved_to_another_app(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("this smartwatch shows Telegram channel alerts and WhatsApp group messages")]
    [InlineData("order ID 2405120099871 is on the way, track it under My Purchases")]
    [InlineData("sorry we don't have a Telegram group, chat with us here anytime")]
    [InlineData("the notebook has a paper plane pattern on the cover")]
    [InlineData("scan the QR on the warranty card to register the product online")]
    [InlineData("jangan beli terus dari orang lain, semua order kat app sahaja")]
    public void Keeps_contact_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
