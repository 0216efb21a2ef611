using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4 asks that name no account but are money paid outside the order all the same: a fee no shop, courier or authority
/// collects in a chat (clearance, reactivation, a "good faith" deposit, a bond), the task scam's top-up before a
/// commission can be withdrawn or a brushing order's commission, coins as the price, a refund cut by a fee, and an extra charge the rider collects that
/// the app does not show, money offered with the checkout set aside ("revo or monzo, not the app"), PayPal's personal
/// transfer by its nicknames, cash on collection with the order dropped, and a courier's or authority's debt asked in the
/// chat. Beside them the shop's warnings, platform-paid fees, recharge cards sold as goods, gift wrapping, the platform's
/// unpaid-order reminder and a buyer asking about a method. Phrased apart from the corpora.
/// </summary>
public class EnglishScamFeeFamilyTests
{
    [Theory]
    [InlineData("to release the parcel a clearance fee of $35 must be paid today")]
    [InlineData("your wallet is frozen, send the unfreeze amount of 80 and the refund comes through")]
    [InlineData("I'll hold the bike for you after a small good faith deposit, 30 is enough")]
    [InlineData("a refundable security deposit of $60 is required before we can release your order")]
    [InlineData("account reactivation fee is 120, settle it and your refund is released")]
    public void A_fee_no_one_collects_in_a_chat_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("recharge 200 first to unlock the next task, then withdraw your commission any time")]
    [InlineData("you're on level 3 now, top up 150 and you can withdraw your commissions tonight")]
    [InlineData("buy the item with your own money first, we return it plus 12% commission in an hour")]
    public void A_top_up_before_a_commission_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("刷单冲销量，拍下不发货，佣金15")]
    [InlineData("帮忙刷信誉，拍下不发货，佣金当天返")]
    public void A_brushing_order_with_its_commission_is_off_platform_payment_though_it_says_not_shipped(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("we can also take USDT, send it to our wallet address and I'll ship")]
    [InlineData("Bitcoin accepted for the consoles, saves us both the fees")]
    [InlineData("I'd rather pay you in ETH than use my card")]
    public void Coins_as_the_price_are_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, SenderRole.Unknown);

    [Theory]
    [InlineData("we'll refund you, less a 12% inspection fee since the box was opened")]
    [InlineData("returns carry a 20% inventory fee, so you get back 80")]
    [InlineData("refund ok, minus a $5 svc fee")]
    public void A_refund_cut_by_a_fee_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("the rider will collect 80 more for the stairs, it won't show in the app")]
    [InlineData("pay the driver an extra 200 at the door, it's not on the app but it's compulsory")]
    public void A_charge_the_rider_collects_outside_the_app_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("we never ask for a clearance fee, please ignore anyone who does")]
    [InlineData("Beware: scammers ask for a verification deposit, we never do that")]
    [InlineData("customs clearance fees are included in the price, nothing to pay on delivery")]
    [InlineData("top up your ShopeePay wallet to pay faster at checkout")]
    [InlineData("Beware of fake 'task' jobs that ask you to pay first for a commission, they are not us")]
    [InlineData("本店不刷单，也不返佣金，拍下就发货")]
    [InlineData("Recharge cards come in 100 and 500, pick one and the code arrives by email, no tasks to do")]
    [InlineData("this hoodie has the Bitcoin logo printed on the back")]
    [InlineData("BTC is not accepted, please pay at checkout")]
    [InlineData("your refund goes back to the original card in full, no fee is deducted")]
    [InlineData("COD: the rider collects the amount shown in the app, nothing extra")]
    public void Warnings_goods_and_the_platforms_own_flow_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Do you accept BTC?")]
    [InlineData("someone asked me to top up $300 to withdraw my commission, is that you?")]
    public void A_buyer_asking_or_reporting_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);

    [Theory]
    [InlineData("monzo or a bank transfer is fine, not the app")]
    [InlineData("£15 less if you PayID me rather than paying through the app")]
    [InlineData("happy to take cash when you come round, don't bother paying on here")]
    public void Money_with_the_checkout_set_aside_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("fnf on pp please, the fees on goods eat my margin")]
    [InlineData("send it with gift ticked so it goes through quicker")]
    public void PayPal_personal_transfer_by_its_nicknames_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text, SenderRole.Unknown);

    [Theory]
    [InlineData("cash on the day is fine, just cancel ur order first")]
    public void Cash_on_collection_with_the_order_dropped_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Parcelforce: £2.60 postage shortfall, settle it today or the item goes back")]
    [InlineData("Customs unit: transfer the 300 bail now or you will be arrested")]
    public void A_courier_or_authority_debt_asked_in_the_chat_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("退货可以，但退款要扣20%的折损费")]
    [InlineData("退课要扣两周的课时费当违约金，剩下的退款给您")]
    [InlineData("refund kakak dipotong biaya admin 15rb ya")]
    public void A_refund_cut_by_a_fee_in_chinese_or_indonesian_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("退款不扣任何违约金，原路退回")]
    [InlineData("refund tidak dipotong biaya admin kak, full kembali")]
    [InlineData("Please don't pay outside the app, payments there are not protected")]
    [InlineData("the app holds the payment until you confirm receipt, then we get paid")]
    [InlineData("we offer gift wrapping, just tick the gift option at checkout")]
    [InlineData("Your order is still unpaid, please pay within 24h or it will be cancelled automatically")]
    [InlineData("Sorry for the shortfall in stock, we will send the rest next week")]
    public void The_checkout_explained_gift_wrap_and_an_unpaid_order_reminder_are_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
