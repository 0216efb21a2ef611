using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 in English from writers the rules never saw (issue 16): contempt aimed at the reader without a common swear word,
/// regional insult words, slurs and group contempt, mockery of the mind, body or family, initialisms, threats and
/// doxxing, sexual harassment of the agent. Each family beside the look-alikes it must let through: kind slang, swearing
/// at a situation, products, denials and warnings.
/// </summary>
public class EnglishContemptFamilyTests
{
    [Theory]
    // regional insult words and nouns aimed at the reader
    [InlineData("mate, you're an absolute pillock, it was meant for Leeds")]
    [InlineData("what a plonker, that's the wrong postcode")]
    [InlineData("sort my exchange out ya dozy galah")]
    [InlineData("oi you lazy cow, the tracking hasn't moved")]
    [InlineData("ur a pos for ignoring me")]
    [InlineData("you're a tw@t, honestly")]
    // contempt for the mind, family and crying
    [InlineData("your iq must be room temperature if you can't find my order")]
    [InlineData("a goldfish could do your job better")]
    [InlineData("three days and still nothing, are you always this dense")]
    [InlineData("did your mother drop you when you were small")]
    [InlineData("cry about it, the refund window is closed")]
    [InlineData("nobody with half a brain packs glass like that")]
    // group contempt and slurs
    [InlineData("typical woman, can't read a tracking page")]
    [InlineData("Go back to your own country and learn to write")]
    [InlineData("you people can't even pack a box properly")]
    // emoji aimed at the reader
    [InlineData("ur a 🤡 tbh")]
    [InlineData("🖕🖕 enjoy your refund request")]
    [InlineData("you absolute melt, it says 2 to 3 weeks")]
    [InlineData("y'all are braindead, the box was empty")]
    [InlineData("you lying rat, it was never posted")]
    [InlineData("nobody asked, typical boomer")]
    [InlineData("🫵🤣 good luck with that refund")]
    public void Flags_contempt_aimed_at_the_reader(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("gtfo with your canned replies")]
    [InlineData("go fk yourself and your policy")]
    [InlineData("get stuffed, mate")]
    [InlineData("kill ur self honestly")]
    [InlineData("shove your discount code up your arse")]
    [InlineData("shut up and wait your turn")]
    public void Flags_curses_and_initialisms(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("I'm gonna make your life hell until I get my money")]
    [InlineData("I hope your staff choke on it")]
    [InlineData("ill leak your home address in every buy and sell group")]
    [InlineData("I'll get my boys to jump you after your shift")]
    [InlineData("ur dead when this turns up late again")]
    [InlineData("another excuse and I'm coming over there with a crowbar")]
    [InlineData("i pray your business goes under")]
    [InlineData("I'm telling everyone at the market you're a thief")]
    public void Flags_threats_and_doxxing(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("come sit on my face and I'll drop the dispute")]
    [InlineData("model that thong for me tonight and I'll buy three")]
    [InlineData("r u wearing anything right now")]
    [InlineData("hey what colour's your underwear today")]
    public void Flags_sexual_harassment_of_the_agent(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("you're a beast, thanks for sorting it so fast")]
    [InlineData("sick drop, killer deal on the hoodie")]
    [InlineData("this f***ing courier lost my parcel again")]
    [InlineData("Do you sell cow print phone cases?")]
    [InlineData("Can you ship the fairy lights before Friday?")]
    [InlineData("I'm such a fool, I ordered the wrong size")]
    [InlineData("typical Chinese sizing, runs small, go a size up")]
    [InlineData("the parcel has to go back to China for repair")]
    [InlineData("Karen from your team helped me, thank you")]
    [InlineData("Please take your meds with food, the supplement is fine to combine")]
    [InlineData("We will never leak your personal info to third parties")]
    [InlineData("Tip: do not post your address all over social media")]
    [InlineData("Don't break your neck in those heels haha")]
    [InlineData("when I find your order number I'll send it")]
    [InlineData("Do you need crayons with the colouring book?")]
    [InlineData("a toddler could do this puzzle, very easy")]
    [InlineData("it won't smudge when you move your lips")]
    [InlineData("Don't cry about it, we will fix it for you!")]
    [InlineData("Women always want more pockets, so we added two")]
    [InlineData("you lot are all stars, thank you")]
    [InlineData("the leather has always been this thick")]
    [InlineData("My cat loves to sit on my lap on this blanket")]
    [InlineData("are you wearing anything from our new line?")]
    [InlineData("log out from every account and log back in")]
    [InlineData("the Chinese pig zodiac charm")]
    [InlineData("grow a pair of tomatoes with this kit")]
    [InlineData("The touch grass mat for cats")]
    [InlineData("shut up and take my money 😍")]
    [InlineData("🖕 emoji keychain in stock?")]
    [InlineData("you lazy dog lol jk, thanks for the fast reply")]
    [InlineData("what colour is your underwear range in?")]
    [InlineData("this fat cow plush is adorable")]
    public void Leaves_kind_slang_products_and_denials_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Agent);
    }

    [Theory]
    [InlineData("kau memang b0d0h, baca la")]
    [InlineData("t@nga mo talaga")]
    [InlineData("mafala wewe, nimechoka")]
    [InlineData("你是zz吗，问了三遍")]
    [InlineData("回個訊息是會死嗎")]
    [InlineData("再差评我就把你的地址公布到网上")]
    [InlineData("妹妹传张私照给我")]
    public void Flags_the_same_families_in_other_languages(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("能发张内衣照给我看看实物吗")]
    [InlineData("这个药吃多了是会死吗")]
    [InlineData("操作很简单")]
    [InlineData("cb750 parts available?")]
    public void Leaves_product_questions_in_other_languages_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void Reports_an_insult_quoted_after_a_comma()
    {
        LabelAssert.NoRuleFlags(Labels.Abuse, "The last agent wrote, \"are you slow or what\". I'd like that looked at.", SenderRole.Buyer);
        LabelAssert.RuleFlags(Labels.Abuse, "are you slow or what", SenderRole.Buyer);
    }

    [Fact]
    public void Holds_a_buyer_asking_the_agents_bra_size_but_not_the_agent_fitting_the_buyer()
    {
        var buyer = LabelAssert.Scan("hey whats ur bra size", SenderRole.Buyer);
        Assert.Contains(Labels.Abuse, buyer.Labels);
        Assert.NotEqual(ModerationAction.Block, buyer.Action);
        Assert.Contains(buyer.Findings, f => f.Label == Labels.Prohibited && f.Evidence != Evidence.Model); // C3 too
        LabelAssert.NoRuleFlags(Labels.Abuse, "what size bra do you wear? I can suggest the right cup", SenderRole.Agent);
    }
}
