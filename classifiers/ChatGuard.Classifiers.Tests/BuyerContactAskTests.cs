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
    // C1: the app by its homophone or slang (扣扣, 威信, 賴) and the Cantonese ask 有冇.
    [InlineData("给个扣扣号吧 在这发图太慢")]
    [InlineData("老闆你有冇 line 呀，想直接傳相俾你")]
    [InlineData("可以給我你的賴嗎？要訂二十件")]
    [InlineData("老板留个电话，我明天直接去你店里拿，不在网上买了")]
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
    // C1 precision: a penguin print (🐧 reads 企鹅), a model code that reads like an app, a call because typing is slow,
    // the platform's own official LINE, and a stranger's ask quoted with what the buyer did not do.
    [InlineData("有没有🐧图案的杯子 送小朋友")]
    [InlineData("do you have the WX-310 in white?")]
    [InlineData("能留个电话吗 我打字太慢了 想问下尺码")]
    [InlineData("我加了蝦皮官方的賴，它說運費券明天到期")]
    [InlineData("那人原话是“加我V信退运费”，我没理，你们看看")]
    [InlineData("the seller said \"venmo me direct\" lol i didnt, is that allowed?")]
    public void A_buyer_s_look_alike_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    // C2, not C1: the agent asked out, the contact wanted for a date; the abuse detector judges it.
    [Theory]
    [InlineData("whats ur snap babe")]
    [InlineData("you sound cute lol what's your insta")]
    [InlineData("fine girl, send me your number make we link up this weekend")]
    [InlineData("小姐姐给个私人电话呗 下班约你")]
    [InlineData("客服妹妹微信多少 请你吃饭")]
    [InlineData("靚女 俾個電話我 收工一齊食飯啦")]
    public void Asking_the_agent_out_is_not_contact_diversion(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
