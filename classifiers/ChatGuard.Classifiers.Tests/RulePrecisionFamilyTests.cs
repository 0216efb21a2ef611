using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16, precision first: the families of legitimate messages a rule flagged or blocked (words quoted from someone
/// else, look-alikes inside product names, order numbers, denials, notices), each beside the violation of the same
/// family that must stay caught. Phrased apart from the corpora.
/// </summary>
public class RulePrecisionFamilyTests
{
    [Theory]
    [InlineData("门店的店员冲我吼了一句“滚出去”，这服务态度也太差了")]         // C2: words quoted from a third party
    [InlineData("物流群里有个人骂我「白痴」，你们能管管吗")]
    [InlineData("我朋友说你们家主播回了粉丝一句'穷鬼别看'，是真的吗")]
    [InlineData("the courier yelled \"get lost, loser\" at me when I asked him to wait")]
    [InlineData("your colleague wrote \"learn to read\" in the chat, not very nice")]
    public void A_buyer_quoting_what_someone_else_said_is_no_abuse(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("我就说一句“滚”，爱买不买")]                                  // the sender speaking
    [InlineData("大家都说你是“骗子”，自己心里没数吗")]                         // the listener is the target
    [InlineData("I told you \"learn to read\" already")]
    [InlineData("你就是个“白痴”")]                                            // quotes with no speech verb
    [InlineData("门店店员是个白痴")]
    public void Quoting_marks_do_not_launder_an_insult_of_the_listener(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    // C2: a masked or leet insult (st*pid, 1d10t) is read back letter for letter, and quoting it from someone else
    // reports it there as well; said by the sender, it stays abuse.
    [Theory]
    [InlineData("the driver wrote \"st*pid c0w\" on my parcel, can you check with him")]
    [InlineData("my neighbour said \"what m0r0ns\" when the van blocked his drive")]
    public void A_masked_insult_quoted_from_someone_else_is_no_abuse(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("you st*pid c0w, where is my parcel")]
    [InlineData("I said \"m0r0ns\" and I meant it")]
    public void A_masked_insult_the_sender_says_is_abuse(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("“滚”轮是金属的还是塑料的")]                                  // C2 look-alikes: a quoted character of a product word
    [InlineData("白痴都能上手的单反有推荐吗")]                                 // "so easy an idiot could use it"
    [InlineData("傻子也会安装的那种窗帘杆有没有")]
    [InlineData("SB系列的插座还有白色吗")]                                     // a model series, not an insult
    [InlineData("is the SB series charger compatible with this phone")]
    public void Product_talk_that_resembles_an_insult_is_no_abuse(string text) =>
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("滚，别来烦我")]
    [InlineData("你这个白痴，看不懂吗")]
    [InlineData("你是不是sb")]
    public void The_insults_those_resemble_stay_caught(string text) =>
        LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData("这件外套能跟 458903781234567892 一起发货吗")]                // C1: an order number to ship with, no card cue
    [InlineData("麻烦把这两单合并成一个包裹，另一单是491208374655120939")]
    public void An_uncued_long_number_in_shipping_talk_is_an_order_number(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("货款直接打到 458903781234567892，打完发货", SenderRole.Agent)] // money talk keeps it a card
    [InlineData("卡号 62170012345678907，付了就发货", SenderRole.Agent)]
    public void A_card_number_where_money_goes_stays_caught(string text, SenderRole role) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text, role);

    [Theory]
    [InlineData(Labels.Counterfeit, "非仿品，专柜同款正品，放心下单")]                     // C5: 非 denies the fake term it precedes
    [InlineData(Labels.OffPlatformPayment, "定金已付的亲，尾款开始付的时候app会推送")]     // C4: the platform's pre-sale mechanics
    [InlineData(Labels.OffPlatformPayment, "付了定金的话，尾款多少要看活动价")]
    [InlineData(Labels.OffPlatformPayment, "这款收款音箱支持扫码付款和语音播报")]           // C4: scan-to-pay as a device feature
    [InlineData(Labels.Impersonation, "平台官方的售后政策是七天无理由退货")]                // C6: a sentence about the platform, no header
    [InlineData(Labels.Impersonation, "平台客服会在24小时内回复您")]
    [InlineData(Labels.Impersonation, "我不是平台客服，只是店里的，平台的问题得去app里问")]
    [InlineData(Labels.Impersonation, "我们是店铺客服，平台客服可以在订单详情里找")]      // C6: the shop names itself first
    public void Shop_talk_about_fakes_payment_and_the_platform_is_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text);

    [Theory]
    [InlineData(Labels.Counterfeit, "非常高仿，细节跟专柜一样")]                          // 非常 is no denial
    [InlineData(Labels.Counterfeit, "高仿包包，做工一流")]
    [InlineData(Labels.OffPlatformPayment, "先交定金500才能发货")]
    [InlineData(Labels.OffPlatformPayment, "定金先转我微信，尾款到付")]
    [InlineData(Labels.OffPlatformPayment, "把钱扫我，不用在平台拍")]
    [InlineData(Labels.Impersonation, "平台官方：您的账户存在异常，请缴纳保证金")]
    [InlineData(Labels.Impersonation, "平台客服通知：您的订单已冻结，需验证身份")]
    [InlineData(Labels.Impersonation, "我们是平台客服，需要您配合核实")]
    public void The_violations_beside_them_stay_caught(string label, string text) =>
        LabelAssert.RuleFlags(label, text);

    [Theory]
    [InlineData("复刻款我们一律不卖，只有正品行货")]                          // C5: the denial follows the term it denies
    [InlineData("A货这种我们从来不做")]
    [InlineData("莆田货咱家不碰的，都是品牌直供")]
    [InlineData("replicas? we don't carry those, only authentic stock")]
    public void A_fake_term_denied_after_it_is_clean(string text) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData("复刻款，跟正品一模一样")]
    [InlineData("replicas in stock, best quality, dm me")]
    [InlineData("高仿手感很好，色差问题不存在")]                              // a denial of something else, in another clause
    public void A_fake_term_with_no_denial_after_it_stays_caught(string text) =>
        LabelAssert.RuleFlags(Labels.Counterfeit, text);

    [Theory]
    [InlineData(Labels.Counterfeit, "严禁销售仿冒品。高仿包包现货，做工一流")]                       // a warning reaches its own sentence only
    [InlineData(Labels.OffPlatformPayment, "别点陌生链接哦！想要内部价的话，钱直接转给你的那种我们也可以")]
    public void A_violation_after_a_warning_sentence_stays_caught(string label, string text) =>
        LabelAssert.RuleFlags(label, text);

    [Theory]
    [InlineData(Labels.Counterfeit, "严禁销售高仿，我们只卖正品")]
    [InlineData(Labels.OffPlatformPayment, "温馨提示：让您把钱直接转给你的都是骗子")]
    [InlineData(Labels.Counterfeit, "提醒一下，有人冒充我们卖A货，请认准本店")]
    [InlineData(Labels.ContactDiversion, "放心，我们不会私下找您加微信的，有事就在这里说")]          // 不会私下: the shop's promise
    public void The_warning_sentence_itself_stays_clean(string label, string text) =>
        LabelAssert.NoRuleFlags(label, text);

    // Session 10 blind checks: a scam named right after the act it warns of, desserts named like drugs, the ID a
    // cross-border order clears customs with, a buyer reporting a scam they nearly fell for, and a question answered by
    // staying on the platform — each beside the violation that stays caught.
    [Theory]
    [InlineData(Labels.ContactDiversion, "提醒各位：凡是要您私下联系的都是骗子，请在平台内沟通", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "红糖冰粉和溜溜梅一起下单能包邮吗", SenderRole.Buyer)]
    [InlineData(Labels.Impersonation, "保税仓发货需要您提供身份证号用于清关，这是海关的规定", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "有人加我说做刷单任务先垫付能返佣金，我差点信了，是你们吗", SenderRole.Buyer)]
    [InlineData(Labels.OffPlatformPayment, "私下交易便宜是便宜，出了问题谁管？我还是在平台下单吧", SenderRole.Buyer)]
    [InlineData(Labels.Counterfeit, "The strap is faux leather, so not genuine leather, as the listing says", SenderRole.Agent)]
    public void A_session_ten_look_alike_is_clean(string label, string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(label, text, role);

    [Theory]
    [InlineData(Labels.ContactDiversion, "私下联系我更便宜，平台上价格高", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我是海关的，您的包裹被扣了，提供银行卡号给我处理", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "replica designer bag with faux leather trim, looks exactly like the real one", SenderRole.Agent)]
    public void Its_violation_stays_caught(string label, string text, SenderRole role) =>
        LabelAssert.RuleFlags(label, text, role);

    // Blind sets n and o (read after scoring): the platform named as the shop's own customer service, and a claim to
    // staff the consumer hotline (C6); the look-alikes a merchant fears being blocked for.
    [Theory]
    [InlineData("咱们店的售后由平台统一负责，您放心拍")]
    [InlineData("Our customer service is provided by TikTok directly, so no worries")]
    [InlineData("您好，我是12315的工作人员，请先撤回平台投诉")]
    public void The_platform_or_a_hotline_claimed_as_the_shop_is_impersonation(string text) =>
        LabelAssert.RuleFlags(Labels.Impersonation, text);

    [Theory]
    [InlineData(Labels.ContactDiversion, "门票是电子票，开场前在app里生成入场二维码，到时扫码进场", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "这种露营小刀算管制刀具吗？寄快递会不会被扣", SenderRole.Buyer)]
    [InlineData(Labels.OffPlatformPayment, "我被人骗了，说做刷单任务先垫付，现在钱要不回来，平台能处理吗", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "那不是我们！本店不會私訊要您加LINE，請勿理會並直接檢舉該帳號", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "I'm the store rep for this listing, happy to help with sizing", SenderRole.Agent)]
    public void A_blind_set_look_alike_is_clean(string label, string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(label, text, role);

    [Theory]
    [InlineData(Labels.ContactDiversion, "橙色软件上搜我们店名「小林家居」，那边价格低一点", SenderRole.Agent)]   // Taobao by its colour
    [InlineData(Labels.ReviewSolicitation, "您看能不能把追评删了，差价我们退给您", SenderRole.Agent)]
    [InlineData(Labels.Abuse, "卖这种东西的全家暴毙", SenderRole.Buyer)]
    [InlineData(Labels.Abuse, "客服 shabi 吧，问三遍了", SenderRole.Buyer)]                  // the curse in pinyin
    [InlineData(Labels.Prohibited, "psilocybin chocolates back in stock, discreet box", SenderRole.Agent)]
    public void A_blind_set_violation_is_caught(string label, string text, SenderRole role) =>
        LabelAssert.RuleFlags(label, text, role);
}
