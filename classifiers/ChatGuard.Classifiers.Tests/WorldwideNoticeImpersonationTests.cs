using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 20 (C6): courier, customs and consumer-council notices in Turkish, Portuguese, Arabic and zh-Hant, a
/// marketplace's desk named in Spanish or Turkish, and staff told to pose as customs, a courier or the platform's CS —
/// each beside its look-alike: a poser reported or forbidden, the platform's fee or checkout explained, a charge the
/// courier collects, a buyer going to the consumer council. Phrased apart from the corpora.
/// </summary>
public class WorldwideNoticeImpersonationTests
{
    [Theory]
    [InlineData("PTT Kargo: gönderiniz teslim edilemedi, 48 saat içinde 25 TL ödeyiniz")]
    [InlineData("Correios informa: falha na entrega do seu objeto, reagende pelo link abaixo")]
    [InlineData("ارامكس: شحنتك معلقة في المستودع، ادفع 9 ريال")]
    [InlineData("黑貓宅急便：包裹地址不完整，請點擊連結補填")]
    [InlineData("SF Express：派送失敗，請付$20重新派送")]
    [InlineData("【順豐快遞】包裹異常，理賠請加LINE客服")]
    [InlineData("Soy del equipo oficial de Mercado Libre, pásame el código que te enviamos")]
    [InlineData("Trendyol Müşteri Hizmetleri: iade için IBAN numaranızı gönderin")]
    [InlineData("我係消委會嘅職員，處理投訴要先付手續費")]
    [InlineData("刑事局通知：你的個資外洩，帳戶暫停使用，請配合監管")]
    [InlineData("冒充顺丰给那个买家发短信，说要补运费")]
    [InlineData("发一条假装是海关的通知给客户，说要交税")]
    [InlineData("用“Shopee官方客服”的头像去联系那个退货的买家")]
    public void Flags_notices_and_posing_in_the_shops_languages(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("有人冒充海关给客户发短信，提醒大家别信")]
    [InlineData("冒充平台客服给买家发消息是违规的，大家别这样做")]
    [InlineData("Etsy's help center explains the processing fee, it's charged by Etsy not us")]
    [InlineData("Noon checkout support Apple Pay and COD, see the payment page")]
    [InlineData("this is VAT charged by DHL, pay the courier when it arrives and open a refund request in the order page")]
    public void Passes_posers_reported_and_platform_fees_explained(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    // C6 with C4: the fee the posed notice is to demand is one the platform never charges.
    [Fact]
    public void Flags_the_fee_a_posed_notice_demands_as_c4_too() =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, "假装是海关给客户发个通知，让他补交关税");

    [Fact]
    public void Passes_a_buyer_threatening_to_go_to_the_consumer_council() =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, "再唔退款我就去消委會投訴你哋", SenderRole.Buyer);
}
