using ChatGuard.Classifiers.Detection.ContactDiversion;
using ChatGuard.Classifiers.Detection.Tails;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 as cross-border exporters and Taiwanese shops write it (session 20): a number read out in compound Turkish,
/// Russian, Polish or Arabic number words after an app's name, the apps by their local names (Telegramm, телега,
/// watsap, واتس, ไลน์, 카톡, 籟), a nickname or login before the handle, e-mail read out as "arroba"/"arobase", a Telegram
/// bot's username, the number "in the photo" and the same name on another app. Look-alikes stay clean: a marketplace's
/// help centre, staff noting a buyer's ask they refused, an Arabizi greeting, a box's w x h. Phrased apart from the corpora.
/// </summary>
public class CrossBorderContactDiversionTests
{
    [Theory]
    [InlineData("whatsapp: altı yüz kırk iki, üç sıfır yedi, elli beş on dokuz")]
    [InlineData("тг: девять один пять, два ноль ноль, шесть три, восемь восемь")]
    [InlineData("telegram: pięćset trzydzieści, dwieście dwa, sto osiemnaście")]
    [InlineData("واتس: صفر تسعة، خمسة خمسة، ثلاثة اربعة واحد، ستة")]
    [InlineData("вк: id восемь два два ноль семь один четыре")]
    public void A_number_read_out_in_compound_words_after_an_app_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("telegram kanalında gördüm, yüz yirmi beş lira mı?")]
    [InlineData("в телеге пишут, что доставка займёт семь восемь дней")]
    [InlineData("whatsapp bildirimleri geliyor, şarj iki yüz elli dakika gidiyor")]
    public void A_price_or_a_count_in_words_after_an_app_is_no_number(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void Compound_words_are_summed_and_their_groups_joined()
    {
        // The folded view: accents dropped, the dotless ı kept.
        Assert.Equal((4, 49), SpokenNumber.After("tg: bes yuz otuz iki, dort sıfır bir, yetmıs yedi", 3));
        Assert.Null(SpokenNumber.After("tg: bes yuz otuz iki", 3));
        Assert.Null(SpokenNumber.After("on bir kisi geldi", 0));
    }

    [Theory]
    [InlineData("schreib mir auf Telegramm, Name lampen_direkt_88")]
    [InlineData("пишите в телеге, ник @ olga_opt_kids")]
    [InlineData("kakao톡 id: mina_shop22 로 문의 주세요")]
    [InlineData("加個賴啦 ID 是 lulu_0611 有折扣")]
    [InlineData("來 籟 聊 ➡️ @lulu0611shop")]
    public void A_handle_after_an_app_s_local_name_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("escríbeme al correo: marta.ventas arroba gmail punto com")]
    [InlineData("écrivez-moi: luc.import arobase yahoo point fr")]
    public void An_e_mail_read_out_in_spanish_or_french_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Fact]
    public void A_telegram_bot_s_username_diverts() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "СДЭК: подтвердите доставку в боте @sdek_treking_bot");

    [Theory]
    [InlineData("nitumie ujumbe, namba yangu iko kwenye picha ya pili")]
    [InlineData("巴西那边的客户让他们看图，号码写在图片里")]
    [InlineData("ig同名 最新款都在上面")]
    [InlineData("私 L I N E 我 傳實拍給你")]
    public void The_number_in_a_picture_or_the_same_name_elsewhere_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("на телеге у нас дешевле, канал обувь_опт")]
    [InlineData("auf Telegram ist alles billiger, such einfach nach uns")]
    public void The_lower_price_on_another_app_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("wp: dört yüz altmış, iki yüz on, seksen yedi, elli")]
    [InlineData("tracking: 0161 496 0734 (that's my number, call it)")]
    [InlineData("vx搜 lily_home88 备注买家")]
    [InlineData("跟那个老客户说tg搜'义乌饰品阿强'，以后在那边下单")]
    public void A_number_or_an_app_search_given_in_a_disguise_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("微信搜索不到这个商品吗？在这里下单就行")]
    [InlineData("我在微信上搜了一下，没找到你们的店")]
    [InlineData("tracking says delivered, text it to your neighbour if they're home")]
    [InlineData("wp 6.4 update broke the plugin, can you resend the file?")]
    public void A_search_that_found_nothing_or_a_tracking_update_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("the return form is at help.etsy.com, look for 'start a return'")]
    [InlineData("refund steps: ebay.com/help/returns or the 'return this item' button")]
    [InlineData("full policy is at help.shopee.co.id > Pengembalian")]
    [InlineData("official guide: https://help.lazada.sg/returns")]
    public void A_marketplace_s_help_centre_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("help.shopee-refund.top/claim")]
    [InlineData("shopee.help-center.xyz")]
    [InlineData("help.etsy.a.b.c.d.e.f.g")]
    public void A_help_look_alike_host_is_not_a_help_centre(string host) =>
        Assert.False(MarketplaceHelpPage.Names(host.Split('/')[0], host.Contains('/') ? host[host.IndexOf('/')..] : ""));

    [Theory]
    [InlineData("买家要加微信看实物，已拒绝，让他在这里问")]
    [InlineData("这单备注写着“加微信改地址”，不用理，在聊天里改")]
    [InlineData("buyer keeps asking \"got telegram?\", told him no")]
    public void Staff_noting_a_refused_ask_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("wa 3alaykum el salam, el shohna wasalet?")]
    [InlineData("can you confirm the w x h of the carton?")]
    [InlineData("請在 蝦皮 結帳頁 完成付款 不接受私下轉帳")]
    public void Words_an_app_s_short_name_hides_in_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
