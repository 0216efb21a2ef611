using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>C4 with C1: national bank accounts, paybills and tills of the served markets handed over to be paid into.</summary>
public class NationalBankAccountTests
{
    // C4 with C1: a bank's name (or an account word, the bank named in the message) beside a number of its market's length,
    // in a message that speaks of paying; a Nigerian deposit bank's NUBAN with its check digit; an Indian account with its
    // IFSC; a Kenyan paybill or till number.
    [Theory]
    [InlineData("麻煩入數到中銀 012-345-67890-1，入咗影張單俾我就寄")]
    [InlineData("BOC 012-887-654321, please transfer the balance there and I ship today")]
    [InlineData("Meezan 0123-456789012 pe payment bhej dein, phir parcel dispatch hoga")]
    [InlineData("pay into GTB 0123456785 (Chidi Okafor) and I go send am today")]
    [InlineData("Acct no: 2188453001\nBank: Zenith\nName: Emeka Obi. Transfer and I dispatch")]
    [InlineData("Pay ₹1,200 by NEFT to A/c 50100234567891, IFSC HDFC0001234, name Ravi Traders")]
    [InlineData("transfer ke BCA 8720 123 456 a/n Budi Santoso ya kak, langsung dikirim")]
    [InlineData("pa-send na lang sa BDO 0012 3456 7890 para ma-ship ko agad")]
    [InlineData("boleh bank in ke Maybank 5140 1234 5678, nanti saya pos")]
    [InlineData("开户行：招商银行深圳分行 户名：李明 账号：7559 1234 5678 902，货款直接打到这个账户")]
    [InlineData("Lipa via M-Pesa paybill 247247 account 0712345678, then I dispatch")]
    [InlineData("pay to till number 5123456 and send me the M-Pesa message")]
    public void A_national_account_handed_over_is_payment_off_the_platform(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    // C4 precision: the platform's own paybill, a refund credited to the buyer's account, a checkout virtual account, order
    // and invoice numbers beside a bank's name, a NUBAN-length number whose check digit fails.
    [Theory]
    [InlineData("The paybill on the checkout page is the platform's own: paybill 600100, the account is your order number")]
    [InlineData("Your refund of ₦12,000 was credited to your GTB account 0123456785 this morning")]
    [InlineData("Bayar via BCA Virtual Account 3901 0812 3456 7891 di halaman checkout ya kak")]
    [InlineData("订单号 4512 3456 7890 13，已用招商银行付款成功，明天发货")]
    [InlineData("Our invoice 1023456789 is attached; pay only at checkout, not to HDFC0001234 or any account")]
    [InlineData("Your order 4401 2233 55 was paid with BCA at checkout, it ships tomorrow")]
    [InlineData("I'll wait till 20251206 then pay at checkout")]
    public void References_and_the_platforms_own_accounts_stay_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    // C1 precision: a buyer recounting the account another seller asked them to pay into is asking, not diverting.
    [Theory]
    [InlineData("A seller told me to pay into BDO 0045 1239 8876 first to hold the item, is that real? I thought payment is in the app")]
    [InlineData("another shop asked me to send a deposit to CIMB 1640 2299 7781 for the preorder, is this legit?")]
    public void A_recounted_ask_for_an_account_is_no_payment(string text)
    {
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
    }
    // C4 with C1 (session 24): an IBAN asked into in Arabic (حوّل على الآيبان), and a Polish account number (NRB: 26 digits,
    // the IBAN without "PL") beside "konto" or with its check.
    [Theory]
    [InlineData("حوّل المبلغ على الآيبان SA03 8000 0000 6080 1016 7519 وبعدها نشحن الطلب")]
    [InlineData("przelej na konto 61 1090 1014 0000 0712 1981 2874 i wyślę jeszcze dziś")]
    [InlineData("wpłać proszę 61 1090 1014 0000 0712 1981 2874, potem anuluj zamówienie w aplikacji")]
    public void An_arabic_iban_or_a_polish_account_handed_over_is_payment_off_the_platform(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    // C4 precision: 26 digits that are a parcel's number, with no account word and no valid check, are no account.
    [Theory]
    [InlineData("numer przesyłki 12 3456 7890 1234 5678 9012 3456, kurier będzie jutro, płatność przy odbiorze w aplikacji")]
    [InlineData("رقم الطلب 4512 3456 7890 وتم الدفع في التطبيق")]
    public void Long_reference_numbers_stay_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);
}
