using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 with the app's emoji for its name (session 23): 💚 WeChat's green bubble, with an account after it or the add verb
/// before. The same emoji as a colour or a thank-you names no account, nor does 👻 (left unread) on a ghost print.
/// </summary>
public class EmojiContactTests
{
    [Theory]
    [InlineData("加💚 mia0521 给你发实拍")]
    [InlineData("售后找我💚：kefu_2231")]
    [InlineData("有事💚聊 lulu_6618")]
    public void An_account_after_the_app_s_emoji_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("薄荷绿💚这款还有S码吗")]
    [InlineData("thank you so much, love it 💚")]
    [InlineData("the ghost print hoodie 👻 comes in size M and L")]
    [InlineData("💚💙 which colour is warmer?")]
    public void The_emoji_as_a_colour_a_thanks_or_a_print_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
