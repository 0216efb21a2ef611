using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: rule families of Taiwanese and Hong Kong shop chat (zh-Hant, 注音, Cantonese, mixed) that a blind check
/// missed, each phrased apart from the corpus, with the look-alikes such shops really write kept clean.
/// </summary>
public class TaiwanHongKongFamilyTests
{
    [Theory]
    [InlineData("有問題直接賴我 零玖捌柒 陸伍肆 參貳壹")]                           // C1: capital numerals, 參 among them
    [InlineData("LINE 搜 零玖參參 壹貳參 肆伍陸 就找得到我")]
    [InlineData("先生您好 我的手機是幾號呢？我給打接直 唔該")]                      // C1: a cue typed backwards
    [InlineData("露天拍賣搜我們的小舖 同一款便宜不少")]                            // C1: another marketplace, cheaper there
    [InlineData("同款在 momo 也買得到，而且更便宜一點")]
    [InlineData("Carousell 搵我哋 shop 名，價錢平好多")]
    [InlineData("想平啲可以 IG 搵 @bargain_corner_hk")]                           // C1: Cantonese 搵 before a handle
    [InlineData("你去TG揾 @fastdeal88 再傾")]
    [InlineData("my id is 0987 654 321 on LINE, message me there")]                // C1: a mobile number as the LINE ID
    [InlineData("賴ID：0955-123-456，有問題直接問")]
    [InlineData("想問細節就賴我，ID是0966 777 888")]
    [InlineData("急件可以whatsapp揾我 六一二三 四五六七")]                        // C1: Cantonese cue before an HK number
    [InlineData("PChome上面同一款，價格更漂亮喔")]                                  // C1: 價格漂亮, Taiwanese for a better price
    [InlineData("記得 follow 我哋 IG 專頁，嗰邊價錢平少少")]                        // C1: the shop's social page, cheaper there
    public void Flags_the_contact_diversion_family(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("在蝦皮完成下單付款後，倉庫就會安排出貨")]                          // the marketplace where the buyer orders
    [InlineData("我們家比淘寶便宜，請安心在這裡下單")]                              // cheaper here than there
    [InlineData("這台旋轉拖把組比較便宜，也好用")]                                  // 旋轉 is a product feature
    [InlineData("禮拜天賴床到中午，所以現在才回覆")]                                // 賴床: sleeping in
    [InlineData("參考尺寸表 三十八號 比較合適")]                                    // 參 as a word, not a digit
    [InlineData("露天陽台用的遮陽傘 比較便宜的那款還有貨")]                         // 露天: open-air
    [InlineData("訂單ID 0912345678，LINE 通知已經發給您了")]                        // the order's ID, not an IM account
    [InlineData("都賴我沒看清楚，您的訂單號是 0912345678 對嗎")]                   // 賴我: "my fault"
    [InlineData("有咩問題可以揾我哋客服，聽日會回覆")]
    [InlineData("LINE Pay 結帳有點數回饋，比較優惠")]                               // an IM wallet as the way to pay
    public void Keeps_the_contact_diversion_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("麻煩先ㄓㄨㄢˇㄓㄤˋ一半貨款，我這邊才安排")]                          // C4: transfer in 注音
    [InlineData("ㄏㄨㄟˋㄎㄨㄢˇ完截圖傳給我就好")]
    [InlineData("要留貨就用轉數快入$150按金")]                                     // C4: FPS/PayMe deposit in Cantonese
    [InlineData("payme 畀我哋先，收到就即日寄")]
    [InlineData("轉好之後把帳號後五碼傳給我核對")]                                 // C4: remit, report the last five digits
    [InlineData("您是本月幸運兒，領取前要先支付個人所得稅")]                        // C4: a prize that needs a tax paid first
    [InlineData("ㄓㄨㄢˇ給我比較快，平台要等很久")]
    [InlineData("抽中頭獎嘅客戶，領獎前要先匯手續費")]
    [InlineData("你入數之後影低張入數紙俾我")]                                      // C4: HK bank-in to the seller
    [InlineData("海關通知包裹扣留，要先繳罰鍰才可以派送")]                          // C4: a customs fine asked
    public void Flags_the_off_platform_payment_family(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("付款請直接在蝦皮結帳，不用另外匯款")]
    [InlineData("轉帳的話平台會自動對帳，不用再傳末五碼")]
    [InlineData("請問你們收不收轉數快？還是只可以平台付款？")]
    [InlineData("上次抽中的贈品已經寄出囉，運費我們吸收")]
    [InlineData("我頭先已經入咗數，麻煩你check吓")]                                // a buyer who paid, reporting it
    public void Keeps_the_off_platform_payment_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("你好，我哋係HKTVmall嘅官方客服，你張單有啲問題")]                  // C6: Cantonese claim to be platform staff
    [InlineData("這裡是台新銀行客服中心，您的帳戶被重複扣款")]                      // C6: a bank's staff
    [InlineData("國泰世華這邊會協助您取消分期付款設定")]
    [InlineData("玉山銀行專員：請依照指示操作網路銀行")]
    [InlineData("Hong Kong Customs: parcel on hold, pay a fine of HK$480 to release")] // C6: a customs notice asking money
    public void Flags_the_impersonation_family(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("扣款有疑問的話，請聯絡國泰世華客服確認")]                          // a referral to the bank
    [InlineData("我係呢間舖嘅客服阿May，有咩可以幫到你？")]                        // the shop's own agent
    [InlineData("我係HKTVmall上面嘅商戶客服阿Ken，張單我幫你跟")]                  // a merchant on the platform
    [InlineData("寄香港的包裹，海關關稅已包含在運費裡")]
    public void Keeps_the_impersonation_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("ㄅㄐㄌ跟單帶你上車，保證獲利")]                                    // C3: gambling in 注音 initials
    [InlineData("線上百家樂線上開桌，穩贏打法私下教")]
    [InlineData("格洛克仿真版，能擊發鋼珠，寄送時備註寫玩具")]                      // C3: a replica that fires, shipped disguised
    [InlineData("黑星的零件分開寄，收到自己裝")]
    public void Flags_the_prohibited_family(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("妹妹，今晚出來開房好不好，錢我出")]                                // C3 with C2: a paid room asked for
    [InlineData("客服小姐傳一張胸照來，就給你五星")]                               // C3 with C2: an explicit photo asked for
    [InlineData("客服妹妹約不約，多少錢")]                                          // C3 with C2: a hookup priced
    [InlineData("靚女，約唔約呀，幾多錢")]
    public void Flags_sexual_asks_as_prohibited_and_abuse(string text, SenderRole role = SenderRole.Buyer)
    {
        LabelAssert.RuleFlags(Labels.Prohibited, text, role);
        LabelAssert.RuleFlags(Labels.Abuse, text, role);
    }

    [Theory]
    [InlineData("貓草一包二十克，貓咪聞了會很興奮")]                                // catnip
    [InlineData("黑星模型槍是靜態收藏品，不可擊發")]                                // a non-firing model
    [InlineData("筋膜槍的配件分開寄，會比主機晚一天到")]
    [InlineData("這罐奶粉照片是實拍的，傳一張給你比對")]                            // a photo of goods
    [InlineData("入住當天開房間前請先出示訂單")]
    [InlineData("線上課程很多，選對學習方法就能穩定進步")]
    public void Keeps_the_prohibited_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("收到麻煩hp帶圖，截圖私訊我 fx 十元")]                              // C7: 好評返現 in initials
    [InlineData("幫忙打個全五星，下次給你改價便宜一點")]                            // C7: a price cut next time for a top rating
    [InlineData("收貨後給個hp，再找客服領十元紅包")]
    public void Flags_the_review_solicitation_family(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("運費我先幫你改價，拍下後再付款就好")]                              // a price adjustment, no review
    [InlineData("謝謝您上次的五星評價，這次的訂單已經出貨囉")]
    public void Keeps_the_review_solicitation_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("持續喝三個月，子宮肌瘤明顯縮小")]                                  // C8: a disease said to shrink
    [InlineData("每天一包幫你排毒，糖尿病也能控制")]                                // C8: detox against a disease
    [InlineData("這款是醫師背書的配方，很多人回購")]                                // C8: a doctor's endorsement
    [InlineData("很多醫生推薦給病人的配方，效果看得到")]
    public void Flags_the_exaggerated_claims_family(string text) => LabelAssert.RuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("玫瑰花茶，溫和排毒，口感清香")]                                    // detox in a tea's description, no disease
    [InlineData("照片縮小後再上傳就可以了")]
    [InlineData("有慢性病的話，請先詢問醫師再服用")]
    [InlineData("請按醫生推薦的用量服用，孕婦不宜")]                                // dosage advice
    [InlineData("hp 的印表機墨水也有賣，下單送一盒紙")]                             // HP the brand
    public void Keeps_the_exaggerated_claims_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ExaggeratedClaims, text);

    [Theory]
    [InlineData("老實講啦，這個價錢怎麼可能是正品，不過用起來沒差")]              // C5: the seller admits it is not genuine
    [InlineData("這款不是正貨，但質量很好，戴起來一樣")]
    [InlineData("梗係唔係正品啦，呢個價都想要真嘅？")]
    public void Flags_the_counterfeit_family(string text) => LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("萬一收到不是正品，我們假一賠十")]                                  // a guarantee, not an admission
    [InlineData("收到如果發現不是正品，質量不好，可以直接退貨")]
    public void Keeps_the_counterfeit_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);
}
