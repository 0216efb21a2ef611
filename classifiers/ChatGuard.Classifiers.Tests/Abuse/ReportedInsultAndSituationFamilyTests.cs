using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision, session 18: an insult word a buyer passes on (quoted in Taglish, Hinglish or Indonesian, or said by an
/// outsider of the shop), sworn at a thing or at the weather, said of the sender themself, or naming goods, a title or an
/// abbreviation — each beside the same words aimed at the reader, which stay caught. Phrased apart from the corpora.
/// </summary>
public class ReportedInsultAndSituationFamilyTests
{
    [Theory]
    [InlineData("Yung delivery guy sinabihan akong 'tanga ka ba' kasi nagtanong lang ako, pa-check naman po")]
    [InlineData("Bhaiya aapke rider ne mujhe 'chutiya' kaha jab maine cash change maanga, please complain register karo")]
    [InlineData("Min, kurirnya ngatain saya 'goblok' waktu saya tanya resi, tolong ditegur ya")]
    [InlineData("your last agent answered me 'whatever, go to hell' and closed the chat, can someone else help?")]
    [InlineData("my daughter got 'you fat ugly pig' from a seller on here last night, how do we block them?")]
    [InlineData("a lady keeps commenting 'thieving bitch' on every live you do, can the platform ban her?")]
    [InlineData("did the agent just tell me 'don't be an idiot'? I want a supervisor please")]
    [InlineData("FYI words like 'moron' or 'scumbag' get filtered here so we won't see them")]
    [InlineData("someone in the local group said you lot were muppets but my order came fine")]
    [InlineData("a customer on your page is calling your staff idiots, thought you should know")]
    [InlineData("评论区有人说你们是骗子，我想确认下是不是官方店")]
    [InlineData("刚刚有人在直播间骂你们奸商，你们要不要回应一下")]
    [InlineData("你哋嘅送貨員話我on9，我要投訴")]
    [InlineData("上次那个客服说我是穷鬼买不起就别看，我到现在还记得")]
    [InlineData("我在直播间发了句cnm就被禁言了，是骂快递的，能解封吗")]
    [InlineData("I got a text saying 'I know where you live' after my review, I've already reported it")]
    public void An_insult_passed_on_is_not_committed(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("Putangina, ang lakas ng ulan, basa yung kahon pero ok yung laman")]
    [InlineData("tangina ang traffic, late ko na makukuha yung parcel")]
    [InlineData("the bastard printer ate my return label again")]
    [InlineData("my scanner's a piece of junk, and the laptop's a piece of shit too")]
    [InlineData("这个吹风机简直是个废物，吹半天头发还是湿的")]
    [InlineData("what a muppet, I paid for express by mistake. can you change it?")]
    [InlineData("I'm a right numpty, I put the wrong flat number")]
    [InlineData("me being a total eejit, I binned the receipt")]
    [InlineData("qué pendejo soy, I forgot the discount code")]
    [InlineData("穷鬼本鬼，有没有便宜点的试用装")]
    [InlineData("What a joke, 10 days and the tracking still hasn't moved. Please check.")]
    [InlineData("Heads up, there are scammers messaging people pretending to be your shop")]
    [InlineData("Boss, ada scammer pakai nama J&T minta transfer, hati-hati ya")]
    public void Swearing_at_a_thing_or_at_oneself_is_not_abuse(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("那件印着“屌丝逆袭”的T恤有M码吗")]
    [InlineData("草泥马公仔有小号的吗，给女儿当生日礼物")]
    [InlineData("卫衣背后印的“二逼青年”能改成我名字吗")]
    [InlineData("Bitches Brew 180g reissue, is the gatefold sleeve included?")]
    [InlineData("is the Muppet Show season 2 box set region free?")]
    [InlineData("do you have the 'Wipe Your Feet You Twat' doormat in grey?")]
    [InlineData("the Bastard kamado grill, does it come with a stand?")]
    [InlineData("2 packs of faggots and some peas for Friday please")]
    [InlineData("does the data science course cover KNN and decision trees?")]
    [InlineData("soft splint for TMD and teeth grinding, what sizes are there?")]
    [InlineData("Do you deliver to Morón, Buenos Aires?")]
    public void Goods_titles_and_abbreviations_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("tanga ka ba? I told you the size twice")]
    [InlineData("leche ka, you never answer")]
    [InlineData("you bastard, where is my refund")]
    [InlineData("what a joke you are, fix my order")]
    [InlineData("you are scammers, refund me now")]
    [InlineData("你们就是骗子，退钱")]
    [InlineData("you're a muppet, read the listing")]
    [InlineData("KNN lah you, why never reply")]
    public void The_same_words_at_the_reader_stay_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
