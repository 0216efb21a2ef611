using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 precision in session 24 (<c>reports_local.json</c>): a warning or a report in the market's own language names the
/// app it warns against — the shop "never" asks, a rider or a stranger asked, "is this normal?" — and asks nothing; nor
/// does a buyer asking the agent out (C2 only), a call told as made, the platform's checkout or its own customer service.
/// The same apps asked for outright still divert. Phrased apart from the corpora.
/// </summary>
public class LocalWarningAndReportTests
{
    [Theory]
    [InlineData("ไรเดอร์บอกให้แอดไลน์ก่อนส่งของ แบบนี้ปกติไหมคะ")]
    [InlineData("sabi ng rider i-add ko daw siya sa Viber para sa delivery, normal po ba yun?")]
    [InlineData("shipper bảo kết bạn zalo mới giao, vậy được không shop?")]
    [InlineData("cuidado, alguien me escribió por whats diciendo que era de la tienda")]
    public void A_buyer_reporting_an_ask_to_add_an_app_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("ระวังมิจฉาชีพค่ะ ร้านไม่เคยให้แอดไลน์หรือโอนเงินนอกแอป")]
    [InlineData("Paalala: may nagpapanggap na kami sa Viber, hindi po kami yun")]
    [InlineData("温馨说明：本店never会让你加WhatsApp或者私下转账")]
    public void A_shop_s_warning_in_its_own_language_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("แอดไลน์ร้านนะคะ ส่งรูปให้ดูเพิ่ม")]
    [InlineData("i-add mo ako sa Viber, doon tayo mag-usap")]
    [InlineData("加我WhatsApp，私下转账便宜点")]
    public void The_same_apps_asked_for_outright_still_divert(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("妹儿你长得好乖哦 加个微信晚上出来耍嘛")]
    [InlineData("t'es belle toi, donne-moi ton numéro, on sort ce soir ?")]
    public void A_buyer_asking_the_agent_out_is_no_diversion(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("消协那边已经给我回电话了，说先跟店家协商")]
    public void A_call_told_as_made_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("現貨預購都是在蝦皮結帳付款，不用另外匯款")]
    [InlineData("我只係店舖客服，帳戶問題要搵HKTVmall客服幫手")]
    public void The_platform_s_checkout_and_its_own_service_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
