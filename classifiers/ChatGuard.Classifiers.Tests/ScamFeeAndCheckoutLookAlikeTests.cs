using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C4 by phenomenon, session 22: fees no shop, courier or authority collects in a chat, named in French, Korean, English
/// and Chinese (frais de réactivation, 해제 수수료, a processing bond, 验资款); a frozen refund released for a fee; the
/// brushing task and its top-up; a course or exam fee taken outside the order; cash to the driver with the order
/// dropped; a named wallet paid "to me" and a bank card or pay code the shop gives, which hand over the account (C4 + C1).
/// Beside them the look-alikes: a buyer's own card for a refund, the ATM
/// virtual account of a checkout and a buyer's own short transfer, a parcel sent to a relative, a crypto wallet sold as
/// a product, a buyer asking about a method or reporting a stranger's ask, the shop's warning, duties included, and a
/// gift card sent as thanks. Lines written for these tests, apart from the corpora.
/// </summary>
public class ScamFeeAndCheckoutLookAlikeTests
{
    [Theory]
    [InlineData("your account is frozen, pay the frais de réactivation of 25€ and it's unlocked")]
    [InlineData("환불이 보류됐어요, 해제 수수료 12,000원 먼저 입금해 주세요")]
    [InlineData("before release we need a processing bond of $45 from you")]
    [InlineData("大额订单需要先交验资款 2000 元，证明有购买能力")]
    [InlineData("tu reembolso está bloqueado, necesita una comisión de 10 USD")]
    public void A_fee_no_one_collects_in_a_chat_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("兼职拍单不收货，返本金加佣金")]
    [InlineData("先充100开通任务权限，做完就能提现")]
    public void A_brushing_task_and_its_top_up_are_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("VIP辅导班另交800辅导费，不在平台付")]
    [InlineData("there's a $40 exam fee on top, not through the app")]
    [InlineData("страховку 700 руб нужно оплатить отдельно до отправки")]
    [InlineData("不用下单了，到了直接付现给司机就行")]
    [InlineData("取消订单吧，货到付现金给快递就好")]
    [InlineData("無摺存款到這個帳號就好，不用下單")]                 // zh-Hant: cardless deposit, remittance instead of the order
    [InlineData("不要在蝦皮下單 我們用匯款")]
    [InlineData("超商代碼繳費就能解除分期設定")]                     // the store-code version of the ATM instalment scam
    public void A_fee_or_cash_outside_the_order_is_off_platform_payment(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("Swish me 400 kr and I'll post it tomorrow")]
    [InlineData("pay with Lydia to my account, cheaper than the app")]
    public void A_named_wallet_paid_to_the_seller_is_payment_and_contact_diversion(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("亲，银行卡 6222 0212 3456 7890 123，转完截图给我")]
    [InlineData("图上的码扫一下付款就行，比拍下划算")]
    public void An_account_the_shop_gives_to_pay_into_is_payment_and_contact_diversion(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    [Fact]
    public void A_buyers_own_card_for_the_refund_is_no_payment_ask() =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, "我的卡号 6217 0000 1111 2222 333，退款麻烦打到这张卡", SenderRole.Buyer);

    [Theory]
    [InlineData("ATM 轉帳請用結帳頁產生的虛擬帳號，每張訂單都不一樣", SenderRole.Agent)]
    [InlineData("我用ATM转账少转了20块，要补吗", SenderRole.Buyer)]
    [InlineData("can you send it to my sister in Leeds instead?", SenderRole.Buyer)]
    [InlineData("does the ledger hardware wallet hold USDT?", SenderRole.Buyer)]
    [InlineData("can i pay with zelle or only at checkout?", SenderRole.Buyer)]
    [InlineData("someone messaged me asking for cashapp, pretty sure that's fake", SenderRole.Buyer)]
    [InlineData("the guy said \"pay me on paypal directly\", so I'm reporting it", SenderRole.Buyer)]
    [InlineData("他让我转到一个6228开头的卡号，我没转，发给你们看看", SenderRole.Buyer)]
    [InlineData("私下转账出了问题平台是不保障的，请大家在店铺下单", SenderRole.Agent)]
    [InlineData("your import duty is included, nothing more to pay on delivery", SenderRole.Agent)]
    [InlineData("the customs fee deposit shown on your receipt is the platform's estimate", SenderRole.Agent)]
    [InlineData("we loved your photos, ill send a gift card to say thanks", SenderRole.Agent)]
    [InlineData("这边没有验资款这种说法，不用交任何钱", SenderRole.Agent)]
    [InlineData("付款方式可選超商代碼繳費，訂單頁會顯示代碼", SenderRole.Agent)]   // the store code as a checkout method
    [InlineData("無摺存款要怎麼退款？", SenderRole.Buyer)]
    public void A_checkout_report_warning_or_reward_is_no_payment_rule(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);
}
