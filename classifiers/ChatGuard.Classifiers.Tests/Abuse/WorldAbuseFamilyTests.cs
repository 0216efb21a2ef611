using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 worldwide (issue 16): insults in the buyer's own words aimed at the reader, threats to family, home and shop,
/// doxxing, sexual harassment of the agent, insults spelled out letter by letter. Each beside the innocent senses of
/// the same words (the donkey, the milk, the cave, great, the weather, the traffic, a place name) and a buyer
/// reporting what someone else wrote, which must never block.
/// </summary>
public class WorldAbuseFamilyTests
{
    [Theory]
    [InlineData("eres un pendejo, three weeks and no tracking")]
    [InlineData("vc é um babaca, cadê o reembolso")]
    [InlineData("tu es un imbecile, j'ai payé lundi")]
    [InlineData("yuh bloodclaat tief, where mi parcel")]
    [InlineData("wewe ni mjinga, nimelipa jana")]
    [InlineData("enta kalb, the refund is late again")]
    [InlineData("kupal ka talaga, wala pa rin yung order")]
    [InlineData("what a bampot, the size is wrong again")]
    [InlineData("jagoff agent keeps closing my ticket")]
    [InlineData("你哋間廢柴店 三個禮拜都未寄")]                   // Cantonese, aimed at the shop
    [InlineData("頂你個肺 講極都唔明")]
    [InlineData("你有冇腦㗎 地址寫得好清楚")]
    [InlineData("雞掰客服 已讀不回")]                              // Taiwanese Hokkien, aimed
    [InlineData("你在講三小 我訂的是黑色")]
    public void Flags_regional_insults_aimed_at_the_reader(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("your whole family will regret this, mark my words")]
    [InlineData("you'll get a proper hiding if the box isn't here by Monday")]
    [InlineData("i know which school your kids go to")]
    [InlineData("mi a go find yuh, believe")]
    [InlineData("refund kar do warna dekh lena")]
    [InlineData("papatayin kita pag di dumating")]
    [InlineData("I'll post this with your name everywhere so people know")]
    [InlineData("keep ignoring me and see who shows up at the depot")]
    [InlineData("再唔退錢 我搵人嚟收拾你")]
    public void Flags_threats_to_family_home_and_doxxing(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("you better watch yourself")]
    [InlineData("u should watch your back, seriously")]
    public void Flags_the_warning_to_watch_yourself(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("send me ur selfie, only for me 😘")]
    [InlineData("how much for an hour with you after the shop closes")]
    [InlineData("kitna loge ek raat")]
    [InlineData("talk dirty to me and I'll leave 5 stars")]
    [InlineData("I'd pay extra to see you with nothing on underneath")]
    public void Flags_sexual_harassment_of_the_agent(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("honestly you are s-t-u-p-i-d")]
    [InlineData("what a l_o_s_e_r, refund me")]
    [InlineData("shut up b.i.t.c.h")]
    [InlineData("a/s/s/h/o/l/e seller")]
    public void Flags_insults_spelled_out_letter_by_letter(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    // the word's innocent sense, or a swear word said at the situation
    [InlineData("do you still have the carved burro figurine, the little donkey")]
    [InlineData("is the leche flan available for delivery this weekend?")]
    [InlineData("the cave tour voucher arrived, thanks")]
    [InlineData("that colourway is dope, ordering two")]
    [InlineData("bloodclaat rain all morning, the courier can leave it at the gate")]
    [InlineData("tabarnak, le trafic sur la 40, je serai en retard pour le ramassage")]
    [InlineData("shipping to Twatt in Orkney, how many days?")]
    // French "retard" is a delay
    [InlineData("mon colis est en retard, pouvez-vous vérifier")]
    [InlineData("désolée du retard, votre commande part demain")]
    // a visit or a beating without violence to a person
    [InlineData("I'll come to your shop to collect the parcel tomorrow")]
    [InlineData("whisk the cream until it takes a good beating, then chill")]
    [InlineData("nitakupiga simu kesho asubuhi")]
    // a photo of the goods, a product called sexy, one separator
    [InlineData("send me a photo of the damaged box please")]
    [InlineData("hey sexy dress is back in stock?")]
    [InlineData("use less water when you wash it, it's a bit delicate")]
    [InlineData("sizes s/m/l only")]
    [InlineData("部機好廢柴 成日死機 可唔可以換")]                 // Cantonese said of the phone, or of oneself
    [InlineData("我真係死蠢 揀錯咗顏色")]
    [InlineData("這雨下得雞掰 外送會晚一點")]                      // at the weather
    [InlineData("破麻布拿來擦車剛好")]
    public void Lets_innocent_senses_through(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("the other seller wrote 'eres un pendejo' to me, can you look into it")]
    [InlineData("a buyer called my colleague a bampot in the chat, please review")]
    [InlineData("that customer called my coworker a moron twice yesterday")]
    public void Never_blocks_a_buyer_reporting_an_insult(string text) =>
        Assert.NotEqual(ModerationAction.Block, LabelAssert.Scan(text, SenderRole.Buyer).Action);
}
