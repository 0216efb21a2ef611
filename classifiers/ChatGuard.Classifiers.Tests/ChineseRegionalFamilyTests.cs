using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: Chinese, Taiwanese and Hong Kong families a fresh blind check missed (marketplace nicknames with a search,
/// an ID number to add, Cantonese copulas before a handle, …), each phrased apart from the corpus, with the look-alikes
/// shops really write kept clean.
/// </summary>
public class ChineseRegionalFamilyTests
{
    [Theory]
    [InlineData("闲🐟上搜『橘子杂货』就能拍到，便宜十块")]                            // C1: 闲鱼 with its emoji nickname
    [InlineData("那款在鱼上也有，便宜一些")]
    [InlineData("小红📕搜 糖糖手作 有全部款式")]                                    // C1: 小红书 split or nicknamed
    [InlineData("纟工书上也开了店，搜同名就行")]
    [InlineData("来红薯上搜我们家账号，图更多")]
    [InlineData("淘宝上也挂着这款，想要那边拍也行")]                               // C1: listed there as well
    [InlineData("下單備註寫ID 0938 112 456，記得加我")]                           // C1: a mobile number under "ID", to be added
    [InlineData("我 line id 係 kiki_hk23，add 咗再講")]                             // C1: Cantonese 係 before a handle
    public void Flags_the_contact_diversion_family(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("今年的红薯上市早，蜜薯口感更甜")]                                  // 红薯: the vegetable
    [InlineData("这批冰鲜鱼上架就被抢光了，明天补货")]
    [InlineData("会员ID 77120394 的积分已经加上去了")]                             // an ID with no ask to add it
    [InlineData("商品ID 55013287 加入购物车就能看到优惠")]
    [InlineData("小红帽款式的尺寸表在详情页")]
    [InlineData("LINE 係我哋其中一個通知渠道，訂單狀態會自動推送")]               // 係 before no handle
    public void Keeps_the_contact_diversion_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("你这个沙雕 说了多少遍了")]                                          // C2: 沙雕 said to the person
    [InlineData("沙雕卖家 连个快递都寄错")]
    [InlineData("妳 女马 的 到底退不退")]                                           // C2: 妈 split into 女马
    [InlineData("草泥女马 又是这套话术")]
    [InlineData("客服是ㄋㄠˇㄘㄢˊ喔 講不聽")]                                         // C2: insults spelled in 注音
    [InlineData("你真的ㄓˋㄓㄤˋ欸")]
    public void Flags_the_abuse_family(string text) => LabelAssert.Flags(Labels.Abuse, text);

    [Theory]
    [InlineData("这个沙雕公仔摆在办公桌很解压")]                                     // the playful 沙雕 of a product
    [InlineData("送你一份沙雕礼物 祝生日快乐")]
    [InlineData("我家狗子每天都很沙雕")]
    [InlineData("女马甲和女马丁靴今天都能发")]                                       // 女马甲, 女马丁靴: clothes
    [InlineData("顏色有ㄅㄞˊ色跟ㄏㄟ色")]                                            // 注音 of a colour
    public void Keeps_the_abuse_look_alike_clean(string text) => LabelAssert.DoesNotFlag(Labels.Abuse, text);

    [Theory]
    [InlineData("夜场吃的那种小药丸 还有吗")]                                      // C3: a pill 'for clubbing'
    [InlineData("有蹦迪用的糖豆吗 要两颗")]
    [InlineData("喵喵 有路子搞到吗 私聊")]                                          // C3: 喵喵 (mephedrone) with a route
    [InlineData("改装手枪能打钢珠 零件分开寄")]                                     // C3: a converted gun
    [InlineData("改造枪有现货 子弹另外算")]
    public void Flags_the_prohibited_family(string text) => LabelAssert.RuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("美女今天穿什么颜色的内衣呀")]                                     // C3+C2: sexual asks at the agent
    [InlineData("今晚出来开房吧 给你红包")]
    [InlineData("自拍发我一张 穿性感点的")]
    [InlineData("靓女 一晚多少钱")]
    public void Flags_sexual_asks_at_the_agent_as_abuse_and_prohibited(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Buyer);
        Assert.Contains(Labels.Abuse, verdict.Labels);
        Assert.Contains(Labels.Prohibited, verdict.Labels);
    }

    [Theory]
    [InlineData("蹦迪穿的亮片裙还有S码吗")]
    [InlineData("派对吃的小零食礼盒有糖果和饼干")]
    [InlineData("喵喵猫粮到货了吗，上次说周三")]                                    // 喵喵: a cat's food, a sticker series
    [InlineData("喵喵系列贴纸还有货吗")]
    [InlineData("手枪钻改造套装，送两个钻头")]                                      // a pistol drill
    [InlineData("子弹头口红有货，色号看详情")]
    [InlineData("客服今天穿的是M码，身高160体重50")]                                // the agent's own size, as a fit reference
    [InlineData("这件透视装里面穿什么颜色内衣好看？")]
    public void Keeps_the_prohibited_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Prohibited, text);

    [Theory]
    [InlineData("退款的话要扣掉包装费和人工费二十块")]                              // C4: fees taken from a refund
    [InlineData("退货退款会扣除损耗费10%")]
    [InlineData("【系统消息】支付失败，请向卖家重新转账")]                          // C6+C4: a system header that has the buyer pay the shop
    public void Flags_the_off_platform_payment_family(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("退款不会扣包装费，全额退回")]                                      // a deduction denied
    [InlineData("包装费已经包含在商品价格里了")]
    [InlineData("結帳揀ATM轉帳，系統會產生一組虛擬帳號，三天內轉入就會自動對帳")]   // the platform's checkout methods
    [InlineData("喺平台結帳可以揀轉數快，唔使另外過數俾我哋")]
    [InlineData("有個賣家叫我用PayMe直接過數，我冇理佢")]                          // a buyer reporting another seller
    [InlineData("加我LINE 私下交易算你便宜")]                                       // contact diversion, no money asked
    public void Keeps_the_off_platform_payment_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("【系统消息】支付失败，请向卖家重新转账")]
    [InlineData("虾皮小帮手：退款审核完成，请提供收款账户")]                         // C6: signed as the platform's assistant
    [InlineData("平台小助手：您的订单需要补缴保证金")]
    public void Flags_the_impersonation_family(string text) => LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("虾皮小帮手会通知您退款进度，请留意")]                               // the platform's bot named as who will notify
    [InlineData("系统讯息显示您的包裹已经签收了")]                                   // a system message quoted, no money asked
    public void Keeps_the_impersonation_look_alike_clean(string text) => LabelAssert.NoRuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData("俾五粒星加相，下次嚟買平$20")]                                     // C7: Cantonese stars for a discount
    [InlineData("差評可唔可以改返？我哋補償你")]                                    // C7: a bad review changed back
    public void Flags_the_review_solicitation_family(string text) => LabelAssert.RuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("多謝你俾咗五粒星，我哋會繼續努力")]                                // thanks for a review already given
    [InlineData("個價錢可唔可以改返之前嗰個？")]                                    // 改返 of a price
    public void Keeps_the_review_solicitation_look_alike_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ReviewSolicitation, text);

    [Theory]
    [InlineData("專櫃貨，經鑑定為仿品假一賠十")]                                    // a guarantee against fakes
    [InlineData("正品保证，如鉴定为假货三倍赔偿")]
    public void Keeps_the_counterfeit_guarantee_clean(string text) => LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("IG私訊我 @shop.tw.88 有優惠")]                                    // C1: a handle after IG 私訊
    [InlineData("ig 私信 @lily.handmade_01 可以再便宜")]
    public void Flags_a_handle_after_a_direct_message_cue(string text) => LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("退課要扣百分之三十的課程服務費")]                                  // C4: a course refund with a fee taken
    public void Flags_a_fee_taken_from_a_course_refund(string text) => LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);

    [Theory]
    [InlineData("另一家店叫我加LINE私下買，我沒理他")]                              // a buyer reporting an ask they ignored
    [InlineData("有間舖頭叫我私下交易，我冇理佢")]
    public void Keeps_a_reported_off_channel_ask_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);
}
