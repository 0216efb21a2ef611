using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C5, C8 and C3 in the words of the fresh markets (Japan, Korea, Southeast Asia, Latin America, continental Europe,
/// Turkey): a seller naming its copy in the trade's word or saying it passes for the brand's, a cure or a sure result
/// promised in the buyer's language, drugs, gambling, paid sex, converted guns and forged papers by their local names.
/// Beside them the look-alikes: a denial of the same word, a club's replica kit, ice cream and vegetables, hemp-seed
/// food, a recovery course, a shop telling the buyer to see a doctor. Phrased apart from the corpora.
/// </summary>
public class FreshMarketOfferTests
{
    [Theory]
    [InlineData("こちらはスーパーコピーです、革も同じ")]
    [InlineData("N級品なので箱はありません")]
    [InlineData("이 가방은 짝퉁이지만 퀄리티 최고예요")]
    [InlineData("미러급 시계 재입고 됐어요")]
    [InlineData("hàng fake loại 1 nha chị, giá mềm")]
    [InlineData("ของก๊อปงานดีค่ะ ส่งฟรี")]
    [InlineData("borsa falso d'autore, consegna in 3 giorni")]
    [InlineData("çakma ama deri kalitesi çok iyi")]
    [InlineData("это копия 1в1, никто не отличит")]
    public void A_seller_naming_its_copy_in_the_local_trade_word_is_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("レプリカですが本物と見分けがつきません")]
    [InlineData("정품은 아니지만 정품이랑 똑같아요")]
    [InlineData("réplica da bolsa, igual ao original, ninguém percebe")]
    [InlineData("kopia zegarka, wygląda jak oryginał")]
    public void A_copy_word_beside_the_claim_it_passes_for_the_brand_is_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("짝퉁 아니에요, 백화점 영수증 있어요")]
    [InlineData("コピー品ではありません、正規店で購入したものです")]
    [InlineData("không phải hàng fake đâu chị, có hóa đơn")]
    [InlineData("C'est le maillot replica officielle du club, version fan")]
    [InlineData("pay in cash at pickup and I knock off 10%")]
    [InlineData("客户问是不是réplica，我们只卖授权正品")]
    public void A_denial_or_an_honest_replica_is_not_counterfeit(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("Office 2024 绿色版免激活，下单直接发安装包")]
    [InlineData("the whole masterclass bundle ripped, 200 courses for $15")]
    [InlineData("cheap Windows keys from a volume license leak, activate fine")]
    [InlineData("翻新机当全新卖，盒子是重新封的")]
    public void Pirated_software_courses_and_refurbished_goods_sold_as_new_are_counterfeit(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Fact]
    public void An_admission_after_a_denial_of_fakes_is_counterfeit() =>
        LabelAssert.RuleFlags(Labels.Counterfeit, "我们家不卖假货的，都是原单尾货，放心买");

    [Fact]
    public void A_denial_of_fakes_followed_by_a_genuine_claim_is_not_counterfeit() =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, "我们不卖假货，都是专柜正品，有小票");

    [Theory]
    [InlineData("cette crème guérit l'eczéma et le diabète, sans médicaments")]
    [InlineData("questo olio cura la psoriasi in due settimane")]
    [InlineData("bu krem sedef hastalığını tedavi ediyor, kesin sonuç")]
    [InlineData("эта мазь лечит артрит навсегда, 100% результат")]
    [InlineData("이 샴푸 쓰면 탈모 완치돼요")]
    [InlineData("trà này chữa khỏi tiểu đường sau 1 tháng")]
    public void A_cure_claimed_in_the_buyers_language_is_an_exaggerated_claim(string text) =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("el sérum quita las manchas en 7 días, garantizado")]
    [InlineData("minum rutin dijamin tinggi 3cm bulan ini")]
    [InlineData("日本一売れてる美容液です")]
    [InlineData("dünyanın en iyisi bu şampuan")]
    public void A_sure_result_or_a_national_ranking_is_an_exaggerated_claim(string text) =>
        LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("cure diabetes daw? no po, food supplement lang, ask your doctor")]
    [InlineData("我们不说能治病，根治什么的都是骗人的，就是普通花茶")]
    public void A_shop_denying_a_cure_makes_no_claim(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("대마초 젤리 있어요 택배 가능")]
    [InlineData("มียาบ้าไหม ส่งด่วน")]
    [InlineData("shop có bán thuốc lắc không")]
    [InlineData("tem maconha também, entrego no centro")]
    [InlineData("オンカジ登録するとボーナスもらえます")]
    [InlineData("joga no tigrinho, bônus de 50 no cadastro")]
    [InlineData("パパ活の紹介もやってます")]
    [InlineData("조건만남 원하는 분 문의")]
    [InlineData("Schreckschuss auf scharf umgebaut, Preis auf Anfrage")]
    [InlineData("ruhsatsız tabanca da var, kargo gizli")]
    [InlineData("瘦肉精 猪吃了长得快")]
    [InlineData("毒鼠强 老鼠药 药效猛")]
    public void An_illicit_good_or_service_in_its_local_name_is_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("tengo perico, entrega en Monterrey hoy")]
    [InlineData("Gras da, diskreter Versand")]
    [InlineData("野菜あるよ、手押しで渋谷OK")]
    [InlineData("auch Führerschein ohne Prüfung möglich")]
    [InlineData("selling the actual answers for the IELTS exam this weekend")]
    public void A_street_word_beside_its_deal_or_a_forged_paper_is_prohibited(string text) =>
        LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("대마씨 오일 있어요, 식품용이에요")]
    [InlineData("野菜セットは来週届きます")]
    [InlineData("アイスクリームはクール便で発送します")]
    [InlineData("Gras-Samen für den Rasen, 1 kg")]
    [InlineData("the magic mushroom print tee comes in size M")]
    [InlineData("the lesson on sports betting urges helped my brother")]
    [InlineData("課程講賭博成癮的心理機制，不教投注")]
    [InlineData("hàng order 5 ngày, thanh toán trên app nha")]
    public void The_everyday_senses_of_those_words_are_not_prohibited(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);
}
