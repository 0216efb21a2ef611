using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 23 (C6, C7): courier, customs and police notices in zh-Hant, Cantonese and the cross-border languages, the
/// marketplace's desk or a bank's fraud desk introducing itself, a courier's claims desk, staff told to write in an
/// official's name, reviews bought in Portuguese, Arabic, Turkish, Bahasa and Korean, and the roles: a buyer posing as
/// the regulator or two sellers swapping reviews count, a buyer's own review talk does not. Each beside its look-alike.
/// Phrased apart from the corpora.
/// </summary>
public class RoleAndLocalNoticeTests
{
    [Theory]
    [InlineData("Bea Cukai: paket Anda tertahan, bayar bea masuk Rp 480.000 hari ini")]
    [InlineData("InPost: paczka czeka w sortowni, dopłać 2,49 zł do jutra")]
    [InlineData("Нова пошта: відправлення затримано, сплатіть 85 грн за зберігання")]
    [InlineData("إشعار من أرامكس: الشحنة محجوزة، ادفع ٦٠ جنيه رسوم")]
    [InlineData("Thông báo từ Hải quan: kiện hàng bị giữ, vui lòng nộp thuế 800.000đ")]
    [InlineData("【香港海關】閣下郵包被扣留，請即繳付稅款$180")]
    [InlineData("全家物流通知：包裹滯留 請先繳保管費")]
    [InlineData("韵达理赔中心，麻烦您扫码登记一下赔付信息")]
    [InlineData("顺丰理赔专员这边，您加一下我处理赔偿")]
    [InlineData("12315工作人员这边，退款需要您下载会议app共享屏幕")]
    [InlineData("滙豐銀行通知：你嘅賬戶異常，請提供OTP核實")]
    [InlineData("系統訊息：閣下帳戶已凍結，請即聯絡客服專員")]
    [InlineData("澳門司警：你嘅包裹內有違禁品，請配合調查")]
    [InlineData("쿠팡 고객센터입니다. 인증번호를 알려주시면 환불해 드립니다")]
    [InlineData("楽天市場カスタマーサポートです。本人確認のためご連絡しました")]
    [InlineData("เจ้าหน้าที่ Shopee นะคะ บัญชีของคุณถูกระงับ กรุณายืนยันตัวตน")]
    [InlineData("Wells Fargo fraud team here, confirm the code we just texted you")]
    [InlineData("以海关的名义给买家发通知，让他补交关税")]
    [InlineData("i actually work for etsy, so i can release the refund myself")]
    [InlineData("蝦皮認證客服阿凱 為您服務")]
    [InlineData("أنا موظف من المنصة، لازم تأكد بياناتك النهارده")]
    public void Flags_posed_notices_desks_and_officials(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("我是市场监管局的，你们店卖三无产品，等着处罚吧")]
    [InlineData("我是平台巡查员，你们这款违规了，马上整改")]
    [InlineData("Soy del equipo de seguridad de Mercado Libre, tu tienda será suspendida hoy")]
    public void Flags_a_buyer_posing_as_an_authority(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("InPost: paczka czeka w paczkomacie, kod odbioru jest w aplikacji")]
    [InlineData("顺丰理赔专员会直接打电话给您，请留意来电")]
    [InlineData("系統訊息：您的包裹已出貨，如有問題請聯絡專員")]
    [InlineData("12315的电话是公开的，您可以直接打过去投诉")]
    [InlineData("本店是蝦皮認證的優選賣家，出貨有保障")]
    [InlineData("本店是平台认证的官方授权店，资质在店铺信息里")]
    [InlineData("有人以平台客服的名义给买家发短信，大家注意别上当")]
    public void Passes_couriers_named_desks_referred_and_warnings(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("我去市场监管局投诉你们卖三无产品")]
    [InlineData("我朋友是市场监管局的，他说这个要有3C认证")]
    [InlineData("are you the official Mercado Libre store or a reseller?")]
    public void Passes_a_buyer_naming_an_authority(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("deixa 5 estrelas que te mando 15 reais de volta")]
    [InlineData("5 yıldız verin, kargo ücretini iade ederiz")]
    [InlineData("قيميني ٥ نجوم وهرجعلك ثمن الشحن")]
    [InlineData("na avaliação escreve 'produto ótimo' por favor")]
    [InlineData("bintang 1 nya dihapus ya kak, nanti kami kirim ganti baru")]
    [InlineData("별점 1점 리뷰 수정해 주시면 적립금 드려요")]
    [InlineData("一星能撤了吗 给你补发一个")]
    [InlineData("追评那段删了吧，我给你退点")]
    public void Flags_reviews_bought_or_dictated(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("我也开店的，咱们互刷好评吧")]
    [InlineData("fellow seller here, want to swap reviews? I'll 5 star yours")]
    public void Flags_sellers_swapping_reviews_whoever_sends_it(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text, SenderRole.Buyer);

    [Theory]
    [InlineData("这条差评别删，按流程申诉就好")]
    [InlineData("我们从来不会叫你删差评，放心")]
    [InlineData("评价是您自己的，可以追评说明，我们不会让您删")]
    [InlineData("if you like it, leave a review, no pressure")]
    [InlineData("Amazon charges sellers a review fee for the Vine programme")]
    public void Passes_review_talk_with_nothing_offered(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("已经好评了，五星")]
    [InlineData("do I get anything for a review?")]
    [InlineData("I'll review your shop once it arrives")]
    [InlineData("我们不搞互刷好评这种事")]
    public void Passes_a_buyers_own_review_talk(string text) => LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text, SenderRole.Buyer);
}
