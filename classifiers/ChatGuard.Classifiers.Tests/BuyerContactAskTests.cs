using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 (<c>buyer_contact_ask.json</c>): a buyer asking the shop for its number, app or e-mail to go on there. The buyer's
/// own number for the courier, a product's phone or app feature, the platform's after-sales line and a buyer reporting
/// someone else's ask are clean. Phrased apart from the corpora.
/// </summary>
public class BuyerContactAskTests
{
    [Theory]
    [InlineData("could I get your whatsapp number? I want to send you the design")]
    [InlineData("may I have your phone number, I'm outside your area and will call")]
    [InlineData("gimme ur whatsapp, this chat is too slow")]
    [InlineData("you got snap? wanna see the other pairs")]
    [InlineData("are you on telegram? easier to send pics there")]
    [InlineData("有没有别的联系方式，我想批量订")]
    [InlineData("方便留个电话吗，我直接过去拿")]
    public void A_buyer_asking_the_shop_s_contact_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("what's your phone model? mine is the s23")]
    [InlineData("do you have whatsapp notifications on this watch?")]
    [InlineData("I got a number of questions about the sizes")]
    [InlineData("I saw you on Instagram, is the linen dress still available here?")]
    [InlineData("left a review and tagged you on insta too")]
    [InlineData("do you have a number for the delivery guy?")]
    [InlineData("有没有微信支付")]
    [InlineData("我留个电话吧，快递到了打我")]
    [InlineData("someone messaged me asking for your number, is that your staff?")]
    public void A_buyer_s_look_alike_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
