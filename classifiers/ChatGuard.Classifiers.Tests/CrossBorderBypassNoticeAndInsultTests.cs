using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 25, cross-border recall with its look-alikes: the app's commission or checkout set aside beside the money in
/// Spanish, Vietnamese, Swahili, Bahasa, Tagalog and English (C4); the police or the marketplace's care desk introducing
/// themselves in French, Swahili, Vietnamese and Turkish (C6); "walnut" and "clown" said of a person, a family or a shop
/// threatened (C2). The shop's warnings, a referral to the desk, the walnut on sale, a curse that only praises the goods
/// and a denied ask stay clean. Phrased apart from the corpora.
/// </summary>
public class CrossBorderBypassNoticeAndInsultTests
{
    [Theory]
    [InlineData("pagame por Mercado Pago y así no pagas la comisión de la app")]
    [InlineData("chị chuyển khoản cho em, khỏi đặt trên sàn nha")]
    [InlineData("nitumie pesa kwanza, tufanye nje ya app")]
    [InlineData("transfer aja kak, di luar aplikasi biar cepat")]
    [InlineData("bayad na lang po sa GCash, hindi na dadaan sa app")]
    [InlineData("pay me cash at the door, don't book through the app")]
    public void The_app_s_checkout_set_aside_beside_the_money_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Nunca pagues fuera de la app, todo se cobra en el checkout")]
    [InlineData("Shop không nhận chuyển khoản ngoài sàn, mọi thanh toán trên sàn ạ")]
    [InlineData("jangan bayar di luar aplikasi ya kak, semua lewat checkout")]
    [InlineData("wag po kayo magbayad sa labas ng app")]
    [InlineData("Tahadhari: hatutakuomba pesa nje ya app, ukiombwa ni tapeli")]
    [InlineData("Kak hati-hati, yang minta transfer di luar aplikasi atas nama toko kami itu penipuan")]
    [InlineData("La comisión de la app la pagamos nosotros, tú pagas solo el precio")]
    [InlineData("Please don't book through the app twice, one booking is enough")]
    public void A_warning_or_a_commission_named_alone_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Ici la Gendarmerie : votre colis est bloqué, payez l'amende aujourd'hui")]
    [InlineData("Polisi hapa. Kifurushi chako kimezuiliwa, lipa faini sasa")]
    [InlineData("Đây là tin nhắn từ bộ phận CSKH của Shopee, tài khoản cần xác minh ngay")]
    [InlineData("Hepsiburada müşteri hizmetlerinden yazıyorum, hesabınız askıya alınacak")]
    public void The_police_or_the_care_desk_introducing_itself_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("Si quelqu'un vous appelle en disant ici la gendarmerie, raccrochez")]
    [InlineData("Bạn có thể liên hệ bộ phận CSKH của Shopee để xác minh đơn hàng")]
    [InlineData("Trendyol müşteri hizmetlerinden destek alabilirsiniz, hesabınız güvende")]
    [InlineData("Kama umeibiwa, nenda kituo cha polisi hapa karibu")]
    [InlineData("Công an đây rồi, họ đã bắt kẻ lừa đảo")]
    [InlineData("做得对 快递理赔都在平台内申请，不会找您要银行卡号")]
    public void A_referral_a_report_or_a_denied_ask_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("thằng óc chó, giao hàng kiểu gì vậy")]
    [InlineData("🤡 clown seller, where is my parcel")]
    [InlineData("不退款的话，你全家都别想好过")]
    [InlineData("aptal herif, cevap versene")]
    [InlineData("iade etmezsen dükkanı başına yıkarım")]
    public void An_insult_or_threat_aimed_at_the_agent_is_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("shop ơi sữa hạt óc chó còn hàng không")]
    [InlineData("the clown costume for the party arrived torn")]
    [InlineData("bu herif kargoyu getirmedi, kurye kim")]
    [InlineData("这个冬天别想好过了，暖气坏了")]
    [InlineData("pota ang ganda ng tela, sulit talaga!")]
    [InlineData("tangina ang sarap ng chips nyo")]
    public void The_walnut_a_costume_and_a_curse_that_praises_the_goods_stay_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
        Assert.NotEqual(ModerationAction.Block, LabelAssert.Scan(text, SenderRole.Buyer).Action);
    }

    [Theory]
    [InlineData("hoàn tiền cho chị sẽ bị trừ 10% phí xử lý nha")]
    [InlineData("kak ada biaya asuransi 20rb dibayar dulu sebelum barang dikirim")]
    [InlineData("收货时给快递员现金就好，app里不用付")]
    [InlineData("每天点赞就有钱拿，一个赞2块，日结")]
    public void A_cut_refund_a_fee_before_dispatch_cash_instead_of_the_app_or_paid_likes_are_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("hoàn tiền đầy đủ, shop không trừ phí xử lý")]
    [InlineData("biaya asuransi pengiriman sudah termasuk di checkout ya kak")]
    [InlineData("货到付款的订单，收货时给快递员现金就行")]
    [InlineData("给主播点个赞吧，谢谢")]
    [InlineData("一个赞都没有，直播间好冷清")]
    public void A_full_refund_an_included_fee_cash_on_delivery_or_a_like_asked_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("the snow ❄️ globe came with a crack in the glass")]
    [InlineData("叶子 tea 🍃 可以冷泡吗")]
    public void A_snow_globe_and_leaf_tea_with_their_emoji_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Buyer);

    [Fact]
    public void Snow_with_its_emoji_sold_by_the_gram_is_still_prohibited() =>
        LabelAssert.RuleFlags(Labels.Prohibited, "有 ❄️ snow 吗 老板 一克多少", SenderRole.Buyer);

    [Theory]
    [InlineData("客服妹妹你好正哦，下班出来见个面吧")]
    [InlineData("老板娘身材不错，约一晚多少")]
    public void The_agent_s_looks_praised_beside_a_private_meeting_is_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("这款包好漂亮，可以私下见面交易吗")]
    [InlineData("模特身材不错，这件衣服约一次能穿几回")]
    public void Goods_praised_beside_a_meeting_for_the_goods_is_no_date(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void The_same_curse_aimed_at_the_agent_is_still_abuse() =>
        LabelAssert.RuleFlags(Labels.Abuse, "pota ka, ang bagal mo mag-reply", SenderRole.Buyer);
}
