using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 in English stores (app_invite_en.json): a chat app or social network named in slang beside an invitation aimed at
/// the reader to move there is held for a moderator; the app as a product fact, the shop's socials while the order stays
/// here, a refusal and a buyer reporting a stranger stay clean. Phrased apart from the corpora.
/// </summary>
public class EnglishAppInviteTests
{
    [Theory]
    [InlineData("got discord? add me so we can sort this faster", SenderRole.Buyer)]
    [InlineData("hit me up on the gram and I'll do you a deal", SenderRole.Agent)]
    [InlineData("flick me a msg on snap, easier than this chat", SenderRole.Buyer)]
    public void An_invitation_to_another_app_is_held_by_the_rule(string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.ContactDiversion, "app-invite-en", text, role);

    [Theory]
    [InlineData("does this watch show Viber and Discord notifications?", SenderRole.Buyer)]
    [InlineData("We post new drops on our insta but please order right here in the shop", SenderRole.Agent)]
    [InlineData("someone added me on telegram saying they're your shop, is that you?", SenderRole.Buyer)]
    [InlineData("the snap-on lid is cracked, can I get a replacement?", SenderRole.Buyer)]
    [InlineData("no need to message us on facebook, just reply here and we'll sort it", SenderRole.Agent)]
    [InlineData("will this ring light work for TikTok and Instagram lives?", SenderRole.Buyer)]
    public void Innocent_twins_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);
}
