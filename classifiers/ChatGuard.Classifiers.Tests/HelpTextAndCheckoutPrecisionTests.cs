using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Session 25 precision: review help text that leaves writing to the buyer (C7), a payment rail named beside the app's
/// own checkout in Spanish or Portuguese and a voucher redeemed in the buyer's account (C4) ask nothing. The same words
/// beside a reward, a template or a card to pay with still do. Phrased apart from the corpora.
/// </summary>
public class HelpTextAndCheckoutPrecisionTests
{
    [Theory]
    [InlineData("评价写不写都可以的，不影响售后")]
    [InlineData("评价不写也没关系哈，收到货确认一下就好")]
    [InlineData("评价页晒图最多能上传9张")]
    public void Review_help_text_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("好评写五星，返现5元")]
    [InlineData("好评照着这个模板写：质量很好")]
    public void A_reward_or_a_script_for_the_review_still_solicits(string text) =>
        LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("Puedes pagar con OXXO o tarjeta, todo desde el checkout de la app")]
    [InlineData("Your voucher code is QX7-22LM, redeem it under Account > Vouchers")]
    public void The_app_s_own_checkout_or_voucher_stays_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("deposita en OXXO a mi tarjeta, no por la app")]
    [InlineData("buy a steam gift card and send me the code")]
    public void A_card_to_pay_the_shop_with_is_still_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
}
