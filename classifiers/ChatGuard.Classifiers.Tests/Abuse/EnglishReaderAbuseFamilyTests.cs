using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 recall in English without a listed slur (reader_abuse_en.json): contempt for the reader's wits, an agent talking
/// down to a buyer, profanity hurled at the person, threats and hounding, a smear promised to an audience, ask-outs and
/// sexual remarks at the desk, the regional insults of other Englishes — held for a moderator, never acting alone; beside
/// them the innocent twins (profanity at the parcel, praise slang, oneself, a quoted report, product names, a pickup).
/// Phrased apart from the corpora.
/// </summary>
public class EnglishReaderAbuseFamilyTests
{
    [Theory]
    [InlineData("wits-contempt-en", "honestly you gormless lot, how hard is it to post a box", SenderRole.Buyer)]
    [InlineData("wits-contempt-en", "Not rocket science, you just plug it in. Did you even try?", SenderRole.Agent)]
    [InlineData("wits-contempt-en", "oh bless your heart, you really think that's a discount code", SenderRole.Agent)]
    [InlineData("profanity-aimed-en", "I don't give a shit what you saw on another site, price stays", SenderRole.Agent)]
    [InlineData("found-threat-en", "You'd better refund. Shame if something happened to that little stall of yours.", SenderRole.Buyer)]
    [InlineData("found-threat-en", "funny how easy it was to find your home address online", SenderRole.Buyer)]
    [InlineData("found-threat-en", "me and my mates will keep spamming you till you quit", SenderRole.Buyer)]
    [InlineData("smear-threat-en", "everyone should know your boss is a thief and a pervert", SenderRole.Buyer)]
    [InlineData("single-ask-en", "stop ignoring me and let me take you out this friday", SenderRole.Buyer)]
    [InlineData("single-ask-en", "what time's your shift over? I'll wait for you outside", SenderRole.Buyer)]
    [InlineData("sexual-remark-en", "I'd give five stars if you spend the night at my place", SenderRole.Buyer)]
    [InlineData("regional-insult-en", "you this mumu, you no fit read address?", SenderRole.Buyer)]
    [InlineData("regional-insult-en", "bodoh you, I say already size M", SenderRole.Buyer)]
    [InlineData("regional-insult-en", "死 bodoh 讲了几次都不听", SenderRole.Buyer)]
    public void English_abuse_aimed_at_the_reader_is_held_by_the_rule(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.Abuse, rule, text, role);

    [Fact]
    public void A_masked_three_letter_swear_aimed_at_the_reader_is_abuse() => // a$$ read back as ass
        LabelAssert.RuleFlags(Labels.Abuse, "honestly you're a pain in the a$$ with these returns", SenderRole.Agent);

    [Fact]
    public void A_night_asked_of_the_agent_is_prohibited_content_too() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "I'd give five stars if you spend the night at my place", SenderRole.Buyer);

    [Theory]
    [InlineData("ok I'm such a muppet, I ordered the wrong colour, can I swap?", SenderRole.Buyer)]
    [InlineData("Do you sell the Muppets plush set?", SenderRole.Buyer)]
    [InlineData("Bless your heart, thank you so much for sorting the refund!", SenderRole.Buyer)]
    [InlineData("it's not rocket science to ship on time, three weeks is too long", SenderRole.Buyer)]
    [InlineData("this f***ing parcel finally came, love it", SenderRole.Buyer)]
    [InlineData("that jacket is sick, killer deal honestly", SenderRole.Buyer)]
    [InlineData("the box was a pain in the arse to open but the lamp is lovely", SenderRole.Buyer)]
    [InlineData("I don't give a shit about the colour, just send whichever is in stock", SenderRole.Buyer)]
    [InlineData("your agent said 'you gormless muppet' to me, I have a screenshot", SenderRole.Buyer)]
    [InlineData("we tried to find your home address on the order but it was blank", SenderRole.Agent)]
    [InlineData("If someone turns up to collect, please ask for the order number", SenderRole.Agent)]
    [InlineData("I'll wait for you outside the shop at 5 to collect my parcel", SenderRole.Buyer)]
    [InlineData("Can the courier wait for you outside the gate?", SenderRole.Agent)]
    [InlineData("I can take you out of the mailing list if you like", SenderRole.Agent)]
    [InlineData("All my followers love the Drunk Elephant serum you sell", SenderRole.Buyer)]
    [InlineData("Is the Thieves oil blend in stock? everyone knows it's the best", SenderRole.Buyer)]
    [InlineData("do you have the mumu dress in size L?", SenderRole.Buyer)]
    [InlineData("Ode to Joy music box, do you ship to Lagos?", SenderRole.Buyer)]
    [InlineData("Game night at my place on Saturday, does the poker set come with chips?", SenderRole.Buyer)]
    [InlineData("a week with no answer, your customer service is a brick wall lately", SenderRole.Buyer)]
    [InlineData("the rider called me a 'bodoh' at my own door, please tell your courier", SenderRole.Buyer)]
    [InlineData("my toddler will only sleep with me, is this bed guard safe?", SenderRole.Buyer)]
    [InlineData("what are your measurements for the size M dress? waist please", SenderRole.Buyer)]
    public void Innocent_twins_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Abuse, text, role);
}
