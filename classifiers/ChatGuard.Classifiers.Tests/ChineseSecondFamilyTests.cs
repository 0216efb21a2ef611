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
    [Theory]
    [InlineData("急事直接加ㄌㄞˊ，我比較常看")]                                     // C1: LINE in 注音 after an add verb
    [InlineData("ㄌㄞˊ搜 shopcat88 就找得到")]
    [InlineData("我們在賣貨便也有賣場，那邊免平台手續費，算你便宜")]              // C1: another selling channel, cheaper there
    [InlineData("改去好賣+結帳，不用被蝦皮抽，價格更漂亮")]
    public void Flags_the_contact_diversion_family(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("東西明天就到ㄌ，再等一下喔")]                                       // 注音 particles, no LINE
    [InlineData("這款真的很好賣，補貨很快就沒了")]                                  // 好賣: sells well
    [InlineData("賣貨便寄件的話，運費是六十元")]                                    // the shipping service, no price lure
    public void Keeps_the_contact_diversion_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("去超商買一張MyCard，點數序號拍給我就當貨款")]                     // C4: game points as the payment
    [InlineData("麻煩用ATM無卡存款，存進來我再出貨")]                              // C4: a cardless ATM deposit
    [InlineData("帳務有誤，請你重新過數到公司指定戶口")]                            // C4: money resent to a designated account
    public void Flags_the_off_platform_payment_family(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("請問店裡有賣遊戲點數嗎？我想買兩張", SenderRole.Buyer)]             // a buyer shopping for points
    [InlineData("可以用無卡存款付嗎？還是只能刷卡", SenderRole.Buyer)]              // a buyer asking how to pay
    [InlineData("遊戲點數卡下單後，序號會寄到您的信箱", SenderRole.Agent)]          // points sold as the goods
    [InlineData("退款會原路退回您指定的帳戶，約三到五天", SenderRole.Agent)]        // a refund to the buyer's own account
    public void Keeps_the_off_platform_payment_look_alike_clean(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);

    [Theory]
    [InlineData("這邊是警政署反詐騙中心，你的存款要先移到安全帳戶保管")]            // C6 with C4: the safe-account scam
    [InlineData("我哋係警方，你啲錢要轉入監管戶口先安全")]
    public void Flags_the_safe_account_scam_as_impersonation_and_payment(string text)
    {
        LabelAssert.RuleFlags(Labels.Impersonation, text);
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
    }

    [Theory]
    [InlineData("警察絕不會叫你把錢轉去安全帳戶，有人這樣說就是詐騙", SenderRole.Agent)] // an anti-fraud reminder
    [InlineData("之前有人假冒警察要我轉到監管帳戶，還好沒轉", SenderRole.Buyer)]        // a buyer reporting the scam
    public void Keeps_anti_fraud_talk_about_safe_accounts_clean(string text, SenderRole role)
    {
        LabelAssert.NoRuleFlags(Labels.Impersonation, text, role);
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);
    }

    [Theory]
    [InlineData("香港警務處：請回覆你的身份證號碼作核實")]                          // C6: police asking for an ID number
    [InlineData("momo客戶服務部：您的訂單付款失敗，請重新付款")]                    // C6: a platform department's notice
    public void Flags_the_impersonation_family(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("本店客戶服務部通知：週末出貨會延後一天")]                          // the shop's own department
    public void Keeps_the_impersonation_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("ㄍㄠㄈㄤˇ啦，外觀看不出來")]                                        // C5: 高仿 in 注音
    [InlineData("這批ㄐㄧㄥㄈㄤˇ，做工很細")]
    public void Flags_the_counterfeit_family(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("留個ㄏㄠˇㄆㄧㄥˊ，截圖私訊有回饋金")]                              // C7: 好評 in 注音 with a reward
    [InlineData("ㄨˇㄒㄧㄥ評價給好，下次有回饋")]
    public void Flags_the_review_solicitation_family(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("感謝您的好評，也謝謝您寶貴的回饋")]                                // 回饋 as feedback
    public void Keeps_the_review_solicitation_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("這支美白精華連擦五天就白一個色號")]                                // C8: whitening in days
    [InlineData("天生黑肉底，用完也會變白皮")]
    [InlineData("這款擦了永遠不反黑")]
    [InlineData("血壓血糖高的人，每天一瓶就搞定，不用再看醫生了")]
    [InlineData("🩸糖🩸壓偏高的，喝這個一盒搞定")]                                   // emoji between the characters
    [InlineData("喝滿一個月，魚尾紋全消失，逆齡十歲")]
    public void Flags_the_exaggerated_claims_family(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("黑肉底穿這個顏色比較顯白")]                                        // a colour advice
    [InlineData("曬後記得補擦防曬，不然容易反黑")]
    [InlineData("懶人保養，一瓶就搞定保濕")]
    [InlineData("細紋能改善多少因人而異，建議搭配防曬")]
    public void Keeps_the_exaggerated_claims_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("ㄋㄇㄉ 問了三次還不回")]                                           // C2: curses in 注音 initials
    [InlineData("你這種臭GY也配當客服")]                                            // C2: GY as a name
    [InlineData("客服腦袋裝大便嗎，寫這麼清楚還看不懂")]
    [InlineData("又一個白嫖怪，退了貨還想留贈品")]                                   // C2: contempt at a buyer
    public void Flags_the_abuse_family(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("這條褲子去gym穿剛好")]                                              // gym, not GY
    [InlineData("贈品是免費送的，不算白嫖啦")]
    [InlineData("腦袋裝滿點子的設計師款筆記本")]
    public void Keeps_the_abuse_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);
}
