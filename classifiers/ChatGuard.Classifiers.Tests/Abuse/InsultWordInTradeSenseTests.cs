using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>C2: an insult word in a trade's sense (a breeder's bitch, a bastard file, faggots in gravy) is no insult; said to someone it still is.</summary>
public class InsultWordInTradeSenseTests
{
    [Theory]
    [InlineData("our bitch had her litter last night, 5 pups, do you ship the weaning formula?")]
    [InlineData("what size crate for a lab bitch in season? she's 28kg")]
    [InlineData("two bottles of the Fat Bastard shiraz please, it's for a gift")]
    [InlineData("is the 10 inch bastard file good for shaping mower blades?")]
    [InlineData("can I order the pork faggots with onion gravy for Sunday?")]
    [InlineData("will this timing light show advance and retard on a carb engine?")]
    public void A_trade_word_is_not_blocked(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence == Evidence.Term);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("you dumb bitch, where is my puppy food")]           // said to the agent, whatever the trade
    [InlineData("u fat bastard, that wine was corked")]
    [InlineData("the agent is a bitch, 4 days and no reply")]
    public void Said_of_a_person_it_is_still_an_insult(string text) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, SenderRole.Buyer).Labels);
}
