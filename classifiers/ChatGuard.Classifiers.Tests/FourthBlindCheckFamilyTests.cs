using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: the rule families the lead's fourth blind check (session 10) found missing or over-eager, each violation
/// beside its look-alikes, phrased apart from the check's own lines.
/// </summary>
public class FourthBlindCheckFamilyTests
{
    [Theory]
    [InlineData("這個客服有夠87，同一個問題答錯兩次")]           // C2: 87 read as "idiot" (Taiwan)
    [InlineData("北七喔，連顏色都可以寄錯")]
    [InlineData("妳是不是低能啊，講了三遍")]
    [InlineData("白目店家，問什麼都已讀不回")]
    [InlineData("你哋間舖啲客服全部on9")]                      // C2: Cantonese
    [InlineData("仆街，收咗錢唔出貨")]
    [InlineData("戇鳩客服，答非所問")]
    [InlineData("你條粉腸，退錢啦")]
    [InlineData("問極都唔答，收皮啦")]
    [InlineData("you braindead agent, read my message again")] // C2: English contempt without a listed slur
    [InlineData("what a pathetic clown running this store")]
    [InlineData("the whole team is a bunch of clowns and liars")]
    [InlineData("you 🤡 cannot even track a parcel")]
    [InlineData("this f**king store ignored me for a week")]   // C2: masks and digits read back
    [InlineData("you are a total 1d10t")]
    [InlineData("are u st*pid or what")]
    [InlineData("fvck off with your coupons")]
    [InlineData("what a m0r0n")]
    public void Flags_abuse_in_regional_and_masked_wording(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("這雙87元含運嗎")]                                // 87 as a price, a size, a discount, an order line
    [InlineData("腰圍87公分穿哪個尺寸")]
    [InlineData("全館87折到幾號")]
    [InlineData("從台北七點出發的那班車")]
    [InlineData("這款除濕機是低能耗的嗎")]
    [InlineData("支票金額寫柒佰伍拾元")]                          // 柒 as a numeral
    [InlineData("粉腸要怎麼保存比較好")]                          // 粉肠 the food
    [InlineData("回收皮革的做法可以介紹一下嗎")]
    [InlineData("is the clown costume washable")]                 // the look-alikes of the English family
    [InlineData("do you have a 🤡 wig for a kids party")]
    [InlineData("a pack of six socks please")]
    [InlineData("my p4ssword reset mail never came")]
    [InlineData("Nike SB Dunk 還有 US9 嗎")]                       // SB: Nike's skateboarding line
    [InlineData("sb dunk low 熊猫配色多少钱")]
    [InlineData("SB Blazer mid 白色有吗")]
    public void Keeps_the_abuse_look_alikes_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Fact]
    public void A_bare_sb_aimed_at_someone_stays_an_insult() => LabelAssert.RuleFlags(Labels.Abuse, "你是sb吧，发错货还不认", SenderRole.Buyer);

    [Theory]
    [InlineData("f*cking", "fucking")]
    [InlineData("a$$hole", "asshole")]
    [InlineData("a$$", "ass")]
    [InlineData("@$$", "ass")]
    [InlineData("id10t!", "idiot!")]
    [InlineData("fvck", "fuck")]
    [InlineData("f*ggot", "faggot")]
    public void Reads_a_masked_word_back_letter_for_letter(string masked, string word) =>
        Assert.Equal($"so {word} slow", MaskedWords.ReadBack($"so {masked} slow"));

    [Theory]
    [InlineData("size 4$$ or s1d3")]     // digits in codes fit no word
    [InlineData("price in US$ or HK$")]  // a currency sign closing a word
    [InlineData("a55 or a5s kit")]
    [InlineData("s*** happens")]         // several words fit: left as typed
    [InlineData("plain words only")]
    public void Leaves_what_hides_no_single_word(string text) => Assert.Null(MaskedWords.ReadBack(text));

    [Theory]
    [InlineData(Labels.ContactDiversion, "ring me: plus six five, eight one two two, three four five six", SenderRole.Agent)] // C1: a number read aloud after "plus"
    [InlineData(Labels.ContactDiversion, "my line is eight one two four, four six seven, three nine two", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "write to deals (at) sunny home deco (dot) com for the list", SenderRole.Agent)] // C1: a bracketed at, a domain in words
    [InlineData(Labels.ContactDiversion, "could i get your tele handle? easier than this chat", SenderRole.Buyer)]    // C1: the agent's Telegram asked for
    [InlineData(Labels.ContactDiversion, "what's your telegram, let's talk there", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "look for Mia Closet on Carousell and pm me there", SenderRole.Agent)]      // C1: another marketplace
    [InlineData(Labels.ContactDiversion, "search Kedai Ayu on fb marketplace, msg us for the set price", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "visit our outlet at 27 Jalan Telawi, buy direct and it's cheaper", SenderRole.Agent)] // C1: the store, cheaper
    [InlineData(Labels.ContactDiversion, "drop by our store at 14 Jalan Kuchai Lama, cheaper than the app", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "u have tele? easier to deal there", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "Touch n Go: 0167788990, bank in first then we post", SenderRole.Agent)]     // C1: a wallet account
    [InlineData(Labels.ContactDiversion, "請轉到玉山銀行 0987-654-321-012，轉好截圖給我", SenderRole.Agent)]          // C1: a bank account
    [InlineData(Labels.ContactDiversion, "个人收款码在这，扫了转我就行", SenderRole.Agent)]                           // C1: a pay code is an account
    [InlineData(Labels.OffPlatformPayment, "个人收款码在这，扫了转我就行", SenderRole.Agent)]                         // C4: and a payment off the platform
    [InlineData(Labels.OffPlatformPayment, "pls transfer to gcash 09998887766 then send screenshot", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "我們可以私下匯款，不用被抽成", SenderRole.Agent)]                            // C4: private remittance (zh-Hant)
    [InlineData(Labels.Counterfeit, "這批是公司版，品質跟正品差不多", SenderRole.Agent)]                               // C5: replica grades
    [InlineData(Labels.Counterfeit, "精f的做工，要的私", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "1:1 copy, the hardware engraving matches the authentic one", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "【蝦皮客服】您好，您的帳號需重新驗證", SenderRole.Agent)]                      // C6: a platform title
    [InlineData(Labels.Impersonation, "[Shopee Support] please confirm your bank details below", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "本人是消保官，這筆訂單需要配合調查", SenderRole.Agent)]                        // C6: a consumer-protection officer
    [InlineData(Labels.Impersonation, "this is the 96110 anti-fraud line, move the funds to a safe account", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "as a Shopee moderator I can tell you this listing is verified", SenderRole.Agent)]
    public void Flags_the_family(string label, string text, SenderRole role) => LabelAssert.RuleFlags(label, text, role);

    [Theory]
    [InlineData(Labels.ContactDiversion, "sizes one two three four five six seven eight nine", SenderRole.Agent)] // counting, not a number
    [InlineData(Labels.ContactDiversion, "the clock chimes at nine, then plus one hour for delivery", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "does the watch show telegram notifications", SenderRole.Buyer)]      // an app's feature
    [InlineData(Labels.ContactDiversion, "do you have a tele lens for this camera", SenderRole.Buyer)]         // a tele lens
    [InlineData(Labels.ContactDiversion, "it was cheaper on Carousell, could you match the price here", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "you can self-collect at our outlet, 5 Jalan Kiara, with the pickup code in the app", SenderRole.Agent)] // the platform order's pickup
    [InlineData(Labels.ContactDiversion, "orders can be collected at our store at 9 Jalan Pudu, bring the order number", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "the refund goes back to your GrabPay wallet in 3 days", SenderRole.Agent)] // a wallet in a refund
    [InlineData(Labels.ContactDiversion, "your Maybank card ending 5521 was refunded", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "收款码付款请在平台订单页面完成", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "平台會把退款匯到您綁定的帳戶", SenderRole.Agent)]                  // the platform paying out
    [InlineData(Labels.OffPlatformPayment, "退款會退回您的玉山銀行帳戶", SenderRole.Agent)]                     // a bank named in a refund
    [InlineData(Labels.Counterfeit, "這是公司貨，有原廠保固", SenderRole.Agent)]                                 // 公司貨: officially imported
    [InlineData(Labels.Counterfeit, "1:1 scale model, compare with the real car in the photos", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "品牌官方复刻款，限量发售", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "這件有Shopee Guarantee保障，確認收貨後才撥款", SenderRole.Agent)]       // the platform's guarantee
    [InlineData(Labels.Impersonation, "遇到可疑電話請撥打165反詐騙專線", SenderRole.Agent)]                     // referring to the line
    [InlineData(Labels.Impersonation, "不滿意可以向消保官申訴", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我是165公分，穿S剛好", SenderRole.Agent)]                                // 165 as a height
    [InlineData(Labels.Impersonation, "Shopee support told me to message the shop", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "直播間有人刷賭博廣告，你們管一下", SenderRole.Buyer)]                       // C3: reporting a post
    [InlineData(Labels.Prohibited, "someone is advertising a casino in the live comments, please ban them", SenderRole.Buyer)]
    public void Keeps_the_look_alike_clean(string label, string text, SenderRole role) => LabelAssert.NoRuleFlags(label, text, role);
}
