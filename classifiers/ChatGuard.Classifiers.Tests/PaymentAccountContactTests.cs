using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 beside C4 (<c>payment_account_contact.json</c>): the seller's own account money is asked into — a wallet or bank
/// with its number, a code or account pointed at, a crypto address — is third-party payment information. How one pays at
/// the checkout, the coin alone, a refund, and a product called a wallet are not. Phrased apart from the corpora.
/// </summary>
public class PaymentAccountContactTests
{
    [Theory]
    [InlineData("send the balance to Zenith Bank 2098817743, name Bisi Crafts, then I dispatch")]
    [InlineData("Paybill 5521874 is ours, put your name as the account and we ship tomorrow")]
    [InlineData("JazzCash 0301 5567 882 pe advance bhej dein, parcel kal nikal jayega")]
    [InlineData("Westpac 032 118 4471 902, pop the deposit in and it's yours")]
    [InlineData("MB Way 913 442 871 and I post it today by CTT")]
    public void A_wallet_or_bank_with_its_number_is_an_account(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("您扫一下这个码付款就行，不用拍链接了")]
    [InlineData("尾款先转到下面的账户，到账我就发")]
    [InlineData("account details are in the pic I sent, transfer and we ship today")]
    public void A_code_or_account_pointed_at_to_pay_is_an_account(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("USDT TRC20: TRx82kLmq9Pz4WvN7bQ3cY5 pay there and send the hash")]
    [InlineData("wallet address 0x4b1e9a27cD88f0b3 for the ETH, 5% off")]
    public void A_crypto_address_after_its_coin_is_an_account(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("M-Pesa on delivery is fine, the rider carries a till")]
    [InlineData("Is the Kaspi Gold payment through the app or at pickup?")]
    [InlineData("这个码的裤子付款后48小时内发货")]
    [InlineData("这个码数偏大，付款前建议拍小一码")]
    [InlineData("请扫这个码查询真伪")]
    [InlineData("we'll paypal you the refund today, sorry for the wait")]
    [InlineData("this wallet is genuine leather, model WL2023")]
    [InlineData("we don't take usdt, only the checkout here")]
    [InlineData("pay the deposit in USDT (TRC20) and I'll knock 10% off")]
    public void How_one_pays_here_a_refund_or_a_product_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
}
