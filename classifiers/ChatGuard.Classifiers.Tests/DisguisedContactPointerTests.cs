using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 in disguise (session 23): the contact pointed at on the profile (联系方式在主页, number's in my display name, телега в
/// профиле), a number handed over once the buyer moves to a private chat or a group (私聊拿号), Telegram as the plane and
/// a handle after "联系"/"пиши", WhatsApp as "wa me"/wsp/wtsapp or Arabizi "3al wats", a code in the corner of a picture,
/// LINE in Taiwanese slang with "same as my phone", the shop's other store on another marketplace or app (toko ijo, na
/// allegro, 另一个app, 围脖搜) or its own site with no platform fees, and asks in Thai, Vietnamese and Korean. Look-alikes stay
/// clean: the shop's page on the platform, an order number asked in private, a warranty card's number, a site named as
/// the price compared, a buyer or a shop warning of someone else's ask, Swahili "wa" before M-Pesa. Phrased apart from the corpora.
/// </summary>
public class DisguisedContactPointerTests
{
    [Theory]
    [InlineData("客服联系方式都在我主页 自己去看")]
    [InlineData("my contact is on my profile, find me there")]
    [InlineData("the number's in my display name, text it")]
    [InlineData("scan the code in my profile pic, scan it and add me")]
    [InlineData("whatsapp в профиле, пишите туда")]
    public void A_contact_pointed_at_on_the_profile_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("店铺主页有新品上架 您可以去看看")]
    [InlineData("您可以在个人主页里修改收货电话")]
    [InlineData("update your contact number in profile settings")]
    public void The_shop_s_page_or_the_buyer_s_own_settings_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("这里不方便 私我拿号")]
    [InlineData("小窗我一下 给你留个号")]
    [InlineData("进群以后给你发你号 群里说")]
    public void A_number_handed_over_in_a_private_chat_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("麻烦私信给个号，订单号发我查一下")]
    [InlineData("医院拿号排队太久了 所以晚回复了")]
    public void An_order_number_asked_or_a_queue_ticket_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("小飞机联系我 @mei_store_22")]
    [InlineData("微信联系 lily_8823")]
    [InlineData("тг пишите @opt_moskva77")]
    [InlineData("IG私訊比較快 我們帳號@tw.handmade.88")]
    [InlineData("インスタのDMでどうぞ")]
    public void Telegram_as_the_plane_or_a_handle_after_contact_verbs_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("wa me for the full catalogue")]
    [InlineData("msg me on wsp, replies are faster")]
    [InlineData("加我wtsapp 有更多款")]
    [InlineData("eba3atly 3ala el wats we nekhlas el se3r")]
    [InlineData("chat WA aja kak biar fast respon")]
    public void WhatsApp_by_its_short_names_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("看最后一张图 左下角有码 扫了进群")]
    [InlineData("join our discord server for restocks")]
    [InlineData("오픈채팅 링크 보내드릴게요")]
    public void A_code_in_a_picture_or_a_group_elsewhere_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("賴我 同手機號 直接聊")]
    [InlineData("有問題你ㄌㄞˋ給我 我回比較快")]
    [InlineData("ขอไลน์หน่อยค่ะ")]
    [InlineData("shop có zalo không ạ")]
    [InlineData("카톡으로 직거래 가능해요")]
    public void LINE_Zalo_and_KakaoTalk_asks_divert(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("另一个app上我们家叫小满家居 那边有券")]
    [InlineData("cek toko ijo kami, nama tokonya Kain Lestari")]
    [InlineData("jesteśmy też na allegro pod nickiem dom_i_ogrod, bez prowizji")]
    [InlineData("围脖搜 阿橘的杂货铺 有抽奖")]
    [InlineData("we also sell through our own website, no platform fees there")]
    public void The_shop_s_other_store_or_its_own_site_diverts(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("这条围脖是羊绒的 很保暖")]
    [InlineData("price is lower than amazon.com, is it genuine?")]
    [InlineData("保修卡上的编号13912345678需要拍照吗")]
    public void A_scarf_a_price_compared_with_a_site_or_a_warranty_number_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("提醒大家 别信那种加V领红包的 我们不会这样")]
    [InlineData("Hii ni huduma kwa wateja wa M-Pesa, karibu tena")]
    public void A_shop_s_warning_or_a_service_named_in_swahili_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("有人私信我说加v领返现，是你们店的吗？")]
    [InlineData("someone texted me and claim to be your shop, wanted my LINE id")]
    [InlineData("ada nomor WA ngaku kurir minta transfer ongkir, itu dari toko?")]
    public void A_buyer_reporting_someone_else_s_ask_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Fact]
    public void A_dotted_handle_after_snap_is_an_account_unless_it_ends_in_a_real_domain()
    {
        LabelAssert.RuleFlags(Labels.ContactDiversion, "add me via snap: luna.nite");
        LabelAssert.RuleFlags(Labels.ContactDiversion, "book via snap: velvet.lashes");
    }
}
