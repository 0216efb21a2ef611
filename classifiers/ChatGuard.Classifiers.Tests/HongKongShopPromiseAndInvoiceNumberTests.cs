using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1, C4 precision, HKTW26 (t228): the shop's Cantonese promise (我哋唔會叫你轉數快, 唔需要俾任何 bank account) reads as a
/// warning the way 不会 does, and an e-invoice's number (電子發票號碼 AB-12345678) is a document's, not a phone; the shop
/// asking for the transfer or giving a number to call stays a violation.
/// </summary>
public class HongKongShopPromiseAndInvoiceNumberTests
{
    [Theory]
    [InlineData("我哋唔會叫你轉數快或者入PayMe 一切以平台付款為準")]
    [InlineData("退款會 refund 返去你原本嘅 payment method，唔需要俾任何 bank account 我哋")]
    public void The_shops_promise_is_no_payment_ask(string text) => LabelAssert.DoesNotFlag(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("我哋會叫你轉數快或者入PayMe 入完數即刻寄")]
    [InlineData("轉數快俾我就得 FPS ID 1 2 3 4 5 6 7 8 收款人黃嘉欣")]
    [InlineData("轉數快 9 1 5 3 ２ ８ ０ ４ 阿健收 入完數即刻寄")]
    public void The_shops_transfer_ask_stays_a_violation(string text) => LabelAssert.Flags(Labels.OffPlatformPayment, text);

    [Fact]
    public void An_invoice_number_is_no_phone() =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, "電子發票號碼 AB-12345678 已開立 可以在訂單明細查看");

    [Fact]
    public void A_number_to_call_stays_contact() =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, "有咩問題打呢個號碼 9123 4567 搵我");
}
