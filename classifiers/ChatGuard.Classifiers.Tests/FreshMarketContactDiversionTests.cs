using ChatGuard.Classifiers.Detection.Tails;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 in the fresh markets of round 21 (Japan, Korea, Latin America, Iberia, continental Europe, Southeast Asia): a
/// phone number read out in Korean, kana, Thai, Vietnamese or French digit words, the apps by their local names and
/// asks (카톡 주세요, ラインで話そ, me chama no zap, xin sdt zalo), an ID given beside the app, the shop's own site or
/// store on another marketplace, a QR code to add the seller, a link in the bio. Look-alikes stay clean: a
/// certificate's verify link, a power bank taken on a plane, "not WhatsApp, platform rules", flirting with the agent
/// (C2), staff noting a buyer's ask they refused, the same-named shop that is not theirs.
/// Phrased apart from the corpora.
/// </summary>
public class FreshMarketContactDiversionTests
{
    [Theory]
    [InlineData("문자 주세요 공일공 이팔삼사 구구칠일")]
    [InlineData("電話番号は ぜろはちぜろ、いちにさんよん、ごろくななはち です")]
    [InlineData("เบอร์ ศูนย์เก้าสอง-สามสี่ห้า-หกเจ็ดแปด โทรมาได้ค่ะ")]
    [InlineData("sdt mình: không chín một, hai ba bốn, năm sáu bảy tám")]
    [InlineData("appelez-moi au zéro sept, vingt-deux, quarante et un, quatre-vingt-dix-neuf, treize")]
    public void A_number_read_out_in_local_digit_words_after_a_cue_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void A_korean_mobile_number_in_digit_words_diverts_without_a_cue() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "공일공-팔팔이사-삼칠육공 여기로 연락주세요");

    [Theory]
    [InlineData("전화 주세요, 이사 가서 주소가 바뀌었어요")]
    [InlineData("sdt cũ hết hạn rồi, hai ba ngày nữa em cập nhật")]
    [InlineData("appelez-moi demain vers dix heures, merci")]
    public void A_cue_with_a_few_number_words_that_are_no_number_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void French_pairs_are_read_as_their_two_digits()
    {
        Assert.Equal((3, 56), LocalDigitWords.After("au zero six, soixante-dix-huit, quatre-vingt-douze, onze", 0));
        Assert.Null(LocalDigitWords.After("au zero six", 0));
    }

    [Theory]
    [InlineData("카톡 주시면 사진 더 보내드릴게요")]
    [InlineData("このチャット遅いので、ラインで話しましょう")]
    [InlineData("me chama no zap que te passo o catálogo")]
    [InlineData("pásame tu número y te mando el catálogo completo")]
    [InlineData("kak, minta nomor wa dong biar gampang")]
    [InlineData("chị cho xin sdt zalo để em gửi mẫu nhé")]
    [InlineData("แอดไลน์ร้านนะคะ มีโปรพิเศษ")]
    public void An_app_asked_for_in_the_market_s_words_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("¿tienes número de pedido? así lo reviso")]
    [InlineData("pode me passar seu número do pedido?")]
    public void A_reference_number_asked_for_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("ラインの方が早いです、id: mori_select7")]
    [InlineData("카톡 편해요 아이디 sora_mall21")]
    public void An_id_given_beside_the_app_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("compre direto na minha loja própria, pesquisa 'casa lumi' no google")]
    [InlineData("the same ebook is on my own site for half, just google 'lena reads'")]
    [InlineData("쿠팡 말고 스마트스토어에서 사시면 더 저렴해요")]
    [InlineData("楽天の同じ店名で出品してるので、そっちで買ってください")]
    [InlineData("쿠팡에서 '하늘리빙' 검색하시면 나와요")]
    public void The_shop_s_own_site_or_store_elsewhere_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("Yes, the certificate has your name and a verify link on our site.")]
    [InlineData("我们是淘宝上的店 跟抖音那个同名的不是一家 别认错哦")]
    [InlineData("new arrivals we only post on our Rakuten shop page お知らせ tab")]
    public void The_shop_s_own_pages_and_a_same_named_stranger_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("scan QR in the second photo for the members price")]
    [InlineData("QRコードを読み取って友だち追加してね")]
    [InlineData("link di bio ya kak, promo cuma hari ini")]
    [InlineData("boutique.anna [at] gmail [point] com pour les prix de gros")]
    public void A_qr_code_a_bio_link_or_a_bracketed_mail_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("这款充电宝能带上飞机吗 20000mAh")]
    [InlineData("sorry, we only talk here in the shop chat, not whatsapp — platform rules")]
    [InlineData("the printer prints from the phone gallery? or do i need email?")]
    [InlineData("泰国客户要加LINE，我跟他说只能在Shopee聊天里沟通")]
    public void Look_alikes_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("you're so cute, whats ur LINE 😘 lets meet")]
    [InlineData("客服小姐姐声音真好听 加个微信 周末陪我吃饭")]
    public void Flirting_with_the_agent_is_no_contact_diversion(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("ゼロハチゼロ、サンサンヨンヨン、ゴゴロクロク までどうぞ")]
    [InlineData("〇九〇 の 一二三四 の 五六七八 まで連絡ください")]
    public void A_japanese_mobile_number_in_kana_or_kanji_words_diverts_without_a_cue(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("振込先は 三井住友 池袋支店 普通 4419023 です、確認後発送します")]
    [InlineData("입금 계좌: 신한 110-482-339102 로 보내주세요")]
    [InlineData("ck trước qua tk vcb không chín tám, một hai ba, bốn năm sáu bảy nhé")]
    public void An_account_to_pay_into_diverts_and_pays_off_the_platform(string text)
    {
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
    }

    [Fact]
    public void A_portuguese_shop_s_store_on_another_marketplace_is_read_past_its_no() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "temos no Mercado Livre também, lá fica mais barato pra você");

    [Fact]
    public void A_buyer_quoting_the_unreachable_rider_the_app_assigned_gives_no_contact() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "the app shows my courier is Tunde, 0802 444 7781, he's not answering since noon", SenderRole.Buyer);
}
