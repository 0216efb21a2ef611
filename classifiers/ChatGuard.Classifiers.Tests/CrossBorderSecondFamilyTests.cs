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
    [InlineData("my lola watches the sabong festival on tv, haha")]
    public void Keeps_offer_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
