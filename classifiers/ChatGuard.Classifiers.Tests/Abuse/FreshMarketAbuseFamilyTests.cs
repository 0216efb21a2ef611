using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 in the fresh markets' own languages (world_abuse.json): Japanese, Korean, Spanish, Portuguese, German, French,
/// Italian, Polish, Turkish, Russian, Vietnamese, Thai, Malay/Indonesian and mainland dialect insults, threats and
/// harassment of the agent, which hold the message for review and never block; beside them the same words in their
/// plain senses, the swearing at a late parcel, and an insult reported or quoted rather than said. Phrased apart from the corpora.
/// </summary>
public class FreshMarketAbuseFamilyTests
{
    [Theory]
    [InlineData("死ね、返金まだかよ")]
    [InlineData("こんなクソ店二度と使わない")]
    [InlineData("バカなの？サイズ書いたでしょ")]
    [InlineData("あんた本当に使えねえな")]
    [InlineData("ㅂㅅ 같은 상담원이네")]
    [InlineData("ㅆㅂ 너 지금 장난해?")]
    [InlineData("gilipollas, llevo dos semanas esperando")]
    [InlineData("vendedora burra, eu pedi azul")]
    [InlineData("halt die Fresse und schick endlich das Paket")]
    [InlineData("espèce d'abruti, j'ai payé hier")]
    [InlineData("sei un cretino, il pacco è vuoto")]
    [InlineData("zamknij ryj i oddaj kasę")]
    [InlineData("salak satıcı, kargo nerede")]
    [InlineData("заткнись и верни деньги")]
    [InlineData("đcm shop giao sai hàng")]
    [InlineData("แอดมินโง่ ตอบไม่ตรงคำถาม")]
    [InlineData("kau ni bodoh, saya cakap warna merah")]
    [InlineData("买不起就滚，别来问了")]
    [InlineData("ไอ้บ้า ส่งของผิดอีกแล้ว")]
    [InlineData("du Vollpfosten, wo bleibt mein Geld")]
    public void An_insult_in_the_local_language_is_held(string text) =>
        AssertHeld(text, SenderRole.Buyer);

    [Theory]
    [InlineData("住所特定してやるから待ってろ")]
    [InlineData("각오해 내일 가게로 간다")]
    [InlineData("sé dónde vives, devuélveme el dinero")]
    [InlineData("ich weiß wo du wohnst, pass auf")]
    [InlineData("je sais où tu habites, rembourse-moi")]
    [InlineData("я знаю где ты живешь, верни деньги")]
    [InlineData("refund me or wait till I find you")]
    public void A_threat_in_the_local_language_is_held(string text) =>
        AssertHeld(text, SenderRole.Buyer);

    [Theory]
    [InlineData("combien pour une nuit avec toi ma belle")]
    [InlineData("quanto pra uma noite comigo, gata?")]
    [InlineData("manda nude que eu compro o kit todo")]
    [InlineData("ich will ein Foto von dir in Unterwäsche")]
    [InlineData("record the demo in your underwear and I'll tip")]
    [InlineData("em ơi một đêm bao nhiêu vậy")]
    [InlineData("客服妹妹 陪我睡一晚 全包了")]
    [InlineData("eres soltera? vamos a cenar")]
    [InlineData("what's your private LINE, dinner with me tonight?")]
    [InlineData("em cho anh xin số riêng, đi cà phê nhé")]
    public void Harassment_of_the_agent_in_the_local_language_is_held(string text) =>
        AssertHeld(text, SenderRole.Buyer);

    [Theory]
    [InlineData("このイヤホンはバカ売れしてますか")]
    [InlineData("写真がピンボケです、別の写真ありますか")]
    [InlineData("美味しすぎて死ねる、また買います")]
    [InlineData("ゴミ袋の45Lはありますか")]
    [InlineData("미친 가격이네요 두 개 살게요")]
    [InlineData("hạt óc chó loại 500g còn không shop")]
    [InlineData("เนื้อควายแดดเดียว มีไหมคะ")]
    [InlineData("café con leche, ¿lo tienen en polvo?")]
    [InlineData("Scheiße, das Paket ist schon wieder zu spät")]
    [InlineData("putain, le colis est encore en retard")]
    [InlineData("kurwa, paczka znowu się spóźnia")]
    [InlineData("блин, посылка опять задерживается")]
    [InlineData("tangina, nabasa yung parcel sa ulan")]
    [InlineData("não vai se arrepender, o tecido é ótimo")]
    [InlineData("te voy a buscar la talla M en bodega")]
    [InlineData("esse lençol é solteiro ou casal?")]
    [InlineData("phòng 1 đêm bao nhiêu vậy shop")]
    [InlineData("穷鬼本鬼来了，有试用装吗")]
    [InlineData("does the DMM come with test leads")]
    [InlineData("ゴミ箱の蓋だけ買えますか")]
    public void The_same_words_in_their_plain_sense_are_clean(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("客户骂我们'死ね'，已经截图举报了")]
    [InlineData("o cliente me chamou de gilipollas, vou reportar")]
    [InlineData("お客様に「クソ店」と言われました、通報します")]
    [InlineData("上一个客服说我是穷鬼，你们管不管")]
    public void An_insult_reported_rather_than_said_is_clean(string text) =>
        LabelAssert.NoRuleNeverBlocked(Labels.Abuse, text, SenderRole.Agent);

    private static void AssertHeld(string text, SenderRole role) => LabelAssert.RuleFlags(Labels.Abuse, text, role);
}
