using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: Chinese, Taiwanese and Hong Kong families a second blind check missed, each phrased apart from any
/// corpus line: legitimate lines that were held (precision first) and violations no rule read, with the look-alikes
/// kept clean per family.
/// </summary>
public class ChineseSecondFamilyTests
{
    [Theory]
    [InlineData("乳清蛋白粉有香草跟可可兩種口味")]                                  // C3: 白粉 inside a protein powder
    [InlineData("膠原蛋白粉早上加在豆漿裡喝就可以")]
    [InlineData("胶原蛋白粉这周补货，下单后两天内发")]
    [InlineData("漂白粉不要跟含氨的清潔劑一起用")]                                  // bleaching powder
    public void Keeps_powders_that_contain_the_drug_slang_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Agent);

    [Theory]
    [InlineData("白粉現貨，要的私我")]
    public void Still_flags_the_drug_slang_alone(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("之前有家店叫我加LINE再私下轉帳給他，請問你們是正規的嗎？")]         // a buyer reporting another shop
    [InlineData("別家店要我私下匯款比較便宜，你們這家正不正規啊")]
    [InlineData("我結帳選ATM轉帳付款，錢轉過去了，訂單多久會變已付款")]              // the marketplace's ATM checkout
    [InlineData("預購的訂金喺app入面俾咗，尾數到時自動扣款係咪？")]                  // a pre-order paid in the app
    [InlineData("優惠碼輸入之後一直顯示無效，付款金額都沒有變")]                     // a voucher that will not apply
    [InlineData("我張voucher code結帳嗰陣用唔到，幫我睇吓")]
    [InlineData("我們是入駐平台的第三方賣家，登入帳號或付款問題要洽平台官方客服")]  // account questions to the platform
    public void Keeps_buyers_and_agents_in_the_platform_flow_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Buyer);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, SenderRole.Agent);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Agent);
    }

    [Theory]
    [InlineData("加LINE私下轉帳給我，可以算你便宜")]                                  // the offer itself
    [InlineData("用ATM轉帳到我們的帳戶，收到就出貨")]
    [InlineData("訂金先轉到我卡上，再幫你預留")]
    [InlineData("去超商買一張gift card，把code拍給我就算付款")]
    public void Still_flags_the_payment_moved_off_the_platform(string text) =>
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
}
