using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 recall in English stores without a listed slur (mockery_en.json): the reader's mind or age mocked, a person named
/// as filth, remarks on the body, a wish that the reader die, violence promised on them or their shop, an agent's
/// contempt for the buyer, a clown crowned "of the month" — held for a moderator, never acting alone; beside them the
/// innocent twins (oneself, a thing likened, a relative's size, a quoted report, a clown costume, a chilli that burns).
/// Phrased apart from the corpora.
/// </summary>
public class EnglishMockeryFamilyTests
{
    [Theory]
    [InlineData("mind-mock-en", "honestly, explaining it to you is like talking to someone with a mental age of four", SenderRole.Buyer)]
    [InlineData("mind-mock-en", "I'll type slowly like you're five: the voucher expired yesterday", SenderRole.Agent)]
    [InlineData("mind-mock-en", "mate you're dumber than the instructions you didn't read", SenderRole.Agent)]
    [InlineData("filth-name-en", "you sh1t stain, where is my money", SenderRole.Buyer)]
    [InlineData("body-shaming-en", "with a belly like that no wonder the size L won't zip", SenderRole.Agent)]
    [InlineData("body-shaming-en", "your face is so ugly no wonder you hide behind a chat window", SenderRole.Buyer)]
    [InlineData("death-wish-en", "do us all a favor and jump off a bridge", SenderRole.Buyer)]
    [InlineData("death-wish-en", "the world would be a better place without you in it", SenderRole.Buyer)]
    [InlineData("violence-threat-en", "I'll send some lads round to the warehouse tonight", SenderRole.Buyer)]
    [InlineData("violence-threat-en", "keep it up and I'll glass you outside the depot", SenderRole.Buyer)]
    [InlineData("agent-contempt-en", "another chancer after a free item, honestly", SenderRole.Agent)]
    [InlineData("clown-crowned-en", "🤡 customer of the month, reading is optional apparently", SenderRole.Agent)]
    public void English_mockery_aimed_at_the_reader_is_held_by_the_rule(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.Abuse, rule, text, role);

    [Fact]
    public void Violence_promised_on_the_shop_is_prohibited_content_too() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "keep it up and I'll glass you outside the depot", SenderRole.Buyer);

    [Theory]
    [InlineData("I'm such a space cadet, I clean forgot to check the parcel locker", SenderRole.Buyer)]
    [InlineData("sorry I'm being dense today, found the tracking number now", SenderRole.Buyer)]
    [InlineData("the ink is thicker than the old cartridges, is that normal?", SenderRole.Buyer)]
    [InlineData("my husband is built like a fridge, do you have a 4XL?", SenderRole.Buyer)]
    [InlineData("this cream is lovely on your face and body, any bigger tubes?", SenderRole.Buyer)]
    [InlineData("the courier is slow but the lamp is lovely", SenderRole.Buyer)]
    [InlineData("your agent told me to \"drink bleach\", I have the screenshot, this is unacceptable", SenderRole.Buyer)]
    [InlineData("the chilli sauce will burn your mouth off, love it", SenderRole.Buyer)]
    [InlineData("the killer deal ends tonight, grab it before it's gone", SenderRole.Agent)]
    [InlineData("do you have the clown costume with the red nose in kids size?", SenderRole.Buyer)]
    [InlineData("a seller keeps sending me 🤡 of the year messages, how do I block them?", SenderRole.Buyer)]
    [InlineData("ugh this stupid printer jammed again, can you send the manual?", SenderRole.Buyer)]
    [InlineData("Our head office is like a circus this week, sorry for the delay!", SenderRole.Agent)]
    public void Innocent_twins_stay_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Abuse, text, role);
}
