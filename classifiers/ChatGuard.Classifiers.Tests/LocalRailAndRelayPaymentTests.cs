using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4, session 20: staff relays and refusals of a private transfer, the carrier's own paybill, a deposit paid in the
/// same order, a rebate for a review, a parcel sent to a relative; and the asks exporters and Hong Kong shops make —
/// customs-release and sample fees, cash or cash-on-delivery with the order cancelled, commission-free transfers, Pix,
/// SBP, Papara, a named bank, crypto in Chinese, task top-ups, a fee for lifting a ban. Phrased apart from the corpora.
/// </summary>
public class LocalRailAndRelayPaymentTests
{
    private const string Label = Labels.OffPlatformPayment;

    [Theory]
    [InlineData("有个买家说想转账给我省点钱，我没同意，大家遇到一样处理")]            // a staff relay, refused
    [InlineData("私下转账是不行的哦，您直接拍下就好")]                                  // a refusal
    [InlineData("两个买家问能不能走支付宝直接转，统一回复平台下单")]                    // the team's answer
    [InlineData("heads up, buyer on #7731 wanted to pay by bank transfer for less, told him no")]
    [InlineData("有客户想私下转账给我，我婉拒了")]
    [InlineData("a buyer offered to pay me on zelle directly, i refused")]
    [InlineData("itunes card? sorry no, we only sell the phone stand")]
    [InlineData("Help centre says sellers must not ask buyers to deal outside the platform, so I can't")]
    [InlineData("规定写得很清楚，商家不得要求买家到平台外交易，所以不能给您私人账号")]  // the platform's rule quoted
    [InlineData("the duty is paid to the courier's paybill on their invoice, not to us")]
    [InlineData("关税交到快递公司的官方账户，不是我们的账户哦")]
    [InlineData("the $15 deposit counts toward the total, the rest you pay in the same order")]
    [InlineData("定金付了以后，尾款可以用平台优惠券抵扣")]
    [InlineData("晒图五星好评后返您20元街口红包")]                                      // C7's rebate, not a payment ask
    public void Relays_refusals_and_checkout_flows_are_no_payment_ask(string text) => LabelAssert.NoRuleFlags(Label, text);

    [Theory]
    [InlineData("could you send it to my son's address please, he'll be home")]      // where the parcel goes
    [InlineData("is a gift card from the platform ok to use? got one for christmas")] // the platform's own card
    public void Buyers_naming_the_parcel_or_the_platform_card_ask_no_payment(string text) =>
        LabelAssert.NoRuleFlags(Label, text, SenderRole.Buyer);

    [Theory]
    [InlineData("客户想转账给我，便宜点，你们同意吧")]                                  // not refused: still an ask
    [InlineData("buyer wants to pay by bank transfer, fine, send him our bank details")]
    [InlineData("taxa alfandegária de 60 reais, paga aqui que eu libero")]
    [InlineData("нужен депозит 2000 руб за растаможку, потом вернём")]
    [InlineData("gümrük çekme ücreti 500 TL, ödeme yapınız yoksa paket iade")]
    [InlineData("样品费先收50刀，收到再寄")]
    [InlineData("our sample fee is $25 kwanza, then we ship")]
    [InlineData("cancela a compra e me paga em dinheiro quando buscar")]
    [InlineData("отмените заказ, отправлю наложенным платежом")]
    [InlineData("cash on collection mate, just cancel here")]
    [InlineData("取消订单吧 当面给现金 便宜二十")]
    [InlineData("anula el pedido y me pagas en efectivo cuando lo recojas")]
    [InlineData("siparişi iptal et, kapıda nakit ödersin, daha ucuz")]
    [InlineData("faz um PicPay pra mim, sem taxa")]
    [InlineData("حول على instapay رقم 01012345678")]
    [InlineData("faz o Pix pra mim e paga fora do app, chega mais rápido")]
    [InlineData("переведите по СБП на Тинькофф, без комиссии площадки")]
    [InlineData("Papara numaram 5512 330 118, komisyonu yok")]
    [InlineData("俾錢入 恒生 024-111222-883 收到即寄")]
    [InlineData("收U 不走平台 再便宜点")]
    [InlineData("I can unban your account for a small fee")]
    [InlineData("we agreed the refund but i'm taking $8 off for my time")]
    [InlineData("押金300要另外付，不在订单里")]
    public void Payment_asks_off_the_checkout_are_caught(string text) => LabelAssert.RuleFlags(Label, text);

    [Theory]
    [InlineData("兼职点赞 一单赚8块 先充值激活")]
    [InlineData("task: prepay 2 orders and get 25% back tonight")]
    public void Task_top_ups_are_caught_from_anyone(string text) => LabelAssert.RuleFlags(Label, text, SenderRole.Buyer);
}
