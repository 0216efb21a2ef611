using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// The families the second blind check (corpus/holdout-b.jsonl) missed or flagged wrongly, in phrasings of their own
/// (none is a line of the check): each evasion is caught with its label, each look-alike stays clean for the sender
/// who would write it.
/// </summary>
public class SecondBlindCheckFamilyTests
{
    private static void AssertFlags(string label, string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.True(verdict.Labels.Contains(label), $"expected {label} for: {text} (got [{string.Join(",", verdict.Labels)}])");
    }

    private static void AssertClean(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.True(verdict.IsClean, $"{text}: {string.Join("; ", verdict.Findings.Select(f => $"{f.Label} {f.Detail}"))}");
    }

    [Theory]
    [InlineData("ping me, one three six, two two four four, five five eight eight")]    // number words grouped by commas
    [InlineData("mobile: 1 three 5 double eight 2 four 6 triple nine")]                  // "double"/"triple" read aloud
    [InlineData("whatsapp: six one four two five five five zero one nine nine")]          // number words after an IM cue
    [InlineData("wx : x i a o y u 7 7 2")]                                               // a handle typed letter by letter
    [InlineData("加 q ： 8 5 2 0 1 3 1 4 0")]
    [InlineData("网店 shop 点 dongdong88 点 net 下单满减")]                                 // a domain with spaced 点
    [InlineData("你们有威信吗，以后我直接找你买")]                                          // a buyer asking for an IM to buy directly
    [InlineData("u guys got telegram? i'd rather buy directly with you")]
    [InlineData("还有别的联系方式吗，不想在平台买了")]
    [InlineData("拍的时候备注你的微信号，我来加你")]
    [InlineData("联系方式在主页简介，自己看")]
    [InlineData("加个好友吧，以后直接联系")]
    [InlineData("想进老客群的加我好友，群里价格更低")]                                            // a private group joined through the agent
    [InlineData("留个电话吧，我让师傅直接打给你")]                                                // the buyer's number asked to call back
    [InlineData("看我头像里的码，加了有折扣")]                                                    // contact hidden in the profile
    [InlineData("call or text: four oh eight, five five two, one one nine three")]              // "oh" for zero
    [InlineData("关注我们的公众号，回复1领券")]
    [InlineData("你们仓库在哪，我自己开车去提，不在这拍了")]                                         // a buyer going to the warehouse                                              // 别的 ("other") negates nothing
    [InlineData("🍠搜 暖暖手作 同款更全")]                                                 // another platform by its nickname, with the shop name
    [InlineData("cashapp me at $bella_shoes and I ship tonight")]                        // a $cashtag
    [InlineData("venmo: @kicks-outlet-12 works too")]
    [InlineData("要图的 v我：coco 8 8 1 6")]                                                   // a word, then the rest spaced
    [InlineData("微xin：tiantian_365")]                                                         // a cue half in pinyin
    [InlineData("IG 👉 @ m o m o s t o r e")]                                                  // an emoji between the cue and the handle
    [InlineData("平台上不好说，你加我 v 细聊")]                                                   // "not here" as the reason to move
    public void Contact_details_in_new_forms_are_caught(string text) =>
        AssertFlags(Labels.ContactDiversion, text, SenderRole.Agent);

    [Theory]
    [InlineData("我们档口在沙河服装城二楼，来了现货直接拿，比线上便宜")]                     // the stall offered as a way around the platform
    [InlineData("feel free to come to our warehouse on 5th street, cheaper than here")]
    [InlineData("老店在义乌篁园市场，过来看货价格好谈")]
    [InlineData("直接来我们店里拿，比这边便宜")]
    [InlineData("来我们工作室直接拿货，不用走快递")]
    public void A_stall_offered_instead_of_the_order_is_contact_diversion(string text) =>
        AssertFlags(Labels.ContactDiversion, text, SenderRole.Agent);

    [Theory]
    [InlineData("付款直接打到交行 6222 6000 1234 5678 912")]                                // a bank named by its short name before a card number
    [InlineData("汇款到农行 6228 4800 1234 5678 913 就行")]
    public void A_card_number_after_a_bank_is_contact_diversion(string text) =>
        AssertFlags(Labels.ContactDiversion, text, SenderRole.Agent);

    [Theory]
    [InlineData("扫一下我的收款码付就行，拍下反而麻烦")]                                     // the seller's own QR code instead of the order
    [InlineData("钱直接汇到我的农信社账户，平台就不用拍了")]                                  // the seller's own account
    [InlineData("please wire it to my account and I'll post the tracking")]
    [InlineData("pay through gcash pls, it's quicker")]
    [InlineData("用支付宝转账吧，平台抽成太狠了")]                                               // a payment to save the platform's cut
    [InlineData("扫这个二维码付，不用在平台拍")]
    [InlineData("货款打到建行 6217 0012 3456 7890 12 就行")]
    [InlineData("钱打我微信就行，马上安排发货")]
    [InlineData("货款转给我朋友就行，她收")]                                      // an agent sending money to a bank
    [InlineData("接个任务，拍下后不用发货，佣金当天返")]                                     // a brushing task
    [InlineData("我是官方客服，退款前要先转99验证金到下面的账户")]                            // a verification "deposit"
    public void Payments_around_the_checkout_are_caught(string text) =>
        AssertFlags(Labels.OffPlatformPayment, text, SenderRole.Agent);

    [Theory]
    [InlineData("穷就别来问了，耽误我功夫", SenderRole.Agent)]                                // contempt for the buyer's means
    [InlineData("你是文盲吗，详情页写得清清楚楚", SenderRole.Agent)]
    [InlineData("智商欠费就别网购了", SenderRole.Agent)]
    [InlineData("你们算老几啊，退个款这么难", SenderRole.Buyer)]
    [InlineData("what a moron, the address was right there", SenderRole.Buyer)]
    [InlineData("are you blind? I wrote size M", SenderRole.Buyer)]
    [InlineData("再拖着不退，我就去你们店里砸东西", SenderRole.Buyer)]                          // threats
    [InlineData("信不信我叫兄弟过去堵门", SenderRole.Buyer)]
    [InlineData("one more excuse and I'll wreck your store", SenderRole.Buyer)]
    [InlineData("客服妹妹来段语音给哥听听", SenderRole.Buyer)]                                // harassment of the agent
    [InlineData("美女你有男朋友吗", SenderRole.Buyer)]
    [InlineData("不要就滚，没空陪你磨", SenderRole.Agent)]
    [InlineData("你爸妈没教过你礼貌吗", SenderRole.Buyer)]
    [InlineData("没钱就别问东问西", SenderRole.Agent)]
    [InlineData("再拖我就让你们店开不下去", SenderRole.Buyer)]
    [InlineData("你脑子里装的是浆糊吗", SenderRole.Buyer)]
    [InlineData("你这种人也配做生意", SenderRole.Buyer)]
    [InlineData("你们这些奸商", SenderRole.Buyer)]
    [InlineData("liars, all of you", SenderRole.Buyer)]
    [InlineData("you guys are a bunch of crooks", SenderRole.Buyer)]
    [InlineData("妹妹客服 周末约一下", SenderRole.Buyer)]
    [InlineData("就你这种素质的人还想要赔偿", SenderRole.Agent)]                                      // natural-register contempt
    [InlineData("一群吃干饭的，啥也不会", SenderRole.Buyer)]
    [InlineData("你脑子是摆设吗", SenderRole.Buyer)]
    [InlineData("我已经知道你住哪了", SenderRole.Buyer)]
    [InlineData("我每天换个号来找你，看你躲到哪", SenderRole.Buyer)]
    [InlineData("小姐姐单身吗，出来吃个饭", SenderRole.Buyer)]
    [InlineData("传张比基尼照给我看看", SenderRole.Buyer)]
    [InlineData("you're a waste of space", SenderRole.Buyer)]
    [InlineData("I'll be waiting outside your office, let's see", SenderRole.Buyer)]
    [InlineData("一群铁憨憨，发个货都能错", SenderRole.Buyer)]
    [InlineData("你是不是瞎了，图上写着", SenderRole.Buyer)]
    [InlineData("狗屁商家，收钱不办事", SenderRole.Buyer)]
    [InlineData("你他妈到底发不发货", SenderRole.Buyer)]
    [InlineData("客服姐姐陪我喝酒呗", SenderRole.Buyer)]
    [InlineData("不退钱我每天打电话骂你", SenderRole.Buyer)]
    [InlineData("are you braindead or what", SenderRole.Buyer)]
    [InlineData("shut your mouth and fix my order", SenderRole.Buyer)]
    [InlineData("useless bot, connect me to a person", SenderRole.Buyer)]
    [InlineData("I will find you, mark my words", SenderRole.Buyer)]
    [InlineData("you sound cute, what are you doing tonight", SenderRole.Buyer)]
    public void Contempt_threats_and_harassment_are_abuse(string text, SenderRole role) =>
        AssertFlags(Labels.Abuse, text, role);

    [Theory]
    [InlineData("毕业证学位证都能做，三天出")]                                                 // forged documents
    [InlineData("驾驶证免考 直接拿证")]
    [InlineData("各类资格证书代做，包办")]
    [InlineData("收假身份证的来")]
    public void Forged_documents_are_prohibited(string text) =>
        AssertFlags(Labels.Prohibited, text, SenderRole.Agent);

    [Theory]
    [InlineData("坚持喝两周，血糖就正常了")]                                                   // a cure stated as what happens next
    [InlineData("贴三天，腰椎病就好了")]
    [InlineData("吃完这一疗程就可以停西药了")]
    [InlineData("泡脚一个月，风湿彻底好了")]
    public void Cure_outcomes_are_exaggerated_claims(string text) =>
        AssertFlags(Labels.ExaggeratedClaims, text, SenderRole.Agent);

    [Theory]
    [InlineData("Hello, I'm calling from your bank's fraud team, please confirm your card number")]
    [InlineData("[System] Your payout failed. Reply with your bank account to retry")]
    [InlineData("我是银行的，您的卡有风险，把卡号发我核实")]            // a bare system title with a demand
    public void An_institution_asking_for_card_details_is_impersonation(string text) =>
        AssertFlags(Labels.Impersonation, text, SenderRole.Agent);

    [Theory]
    [InlineData("号码 幺五八 零零一二 三三四四 有事直接打给我")]                                 // 打给我 after a number is a call
    public void A_call_me_after_a_number_is_not_a_payment(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.DoesNotContain(Labels.OffPlatformPayment, verdict.Labels);
    }

    [Theory]
    [InlineData("好评返现5元，我私下给你发红包")]                                              // a rebate to the buyer is review solicitation
    public void A_rebate_to_the_buyer_is_not_an_off_platform_payment(string text) =>
        Assert.DoesNotContain(Labels.OffPlatformPayment, LabelAssert.Scan(text, SenderRole.Agent).Labels);

    [Theory]
    [InlineData("扫我发的这个二维码进群领券")]                                                         // scanning to join is C1, not a payment
    public void Scanning_the_sellers_code_to_join_is_not_a_payment(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.DoesNotContain(Labels.OffPlatformPayment, verdict.Labels);
    }

    [Theory]
    [InlineData("内部彩票计划 稳赚不赔 跟着下注就行")]                                          // a lottery promise is prohibited, not a product claim
    public void Gambling_promises_are_not_product_claims(string text)
    {
        var verdict = LabelAssert.Scan(text, SenderRole.Agent);
        Assert.Contains(Labels.Prohibited, verdict.Labels);
        Assert.DoesNotContain(Labels.ExaggeratedClaims, verdict.Labels);
    }

    [Theory]
    [InlineData("尺码 36, 37, 38, 39 都有现货", SenderRole.Agent)]                              // commas between plain numbers stay a list
    [InlineData("I'd take one, two if you have them", SenderRole.Buyer)]
    [InlineData("model XR-2000 draws one thousand watts, two speeds", SenderRole.Agent)]
    [InlineData("can I pay with PayPal at the TikTok Shop checkout?", SenderRole.Buyer)]
    [InlineData("优惠券下单时系统会自动选最优惠的那张", SenderRole.Agent)]                         // the platform picking a coupon
    [InlineData("实体店只做展示，购买请在本店铺下单", SenderRole.Agent)]                          // a store without an offer to buy there
    [InlineData("你们仓库在义乌吗？从那边发货快不快", SenderRole.Buyer)]
    [InlineData("礼品卡卡套，不含卡密", SenderRole.Agent)]
    [InlineData("我真是个傻子，又拍错颜色了", SenderRole.Buyer)]
    [InlineData("请勿相信任何让您加微信付款的人", SenderRole.Agent)]                                 // a warning naming the act
    [InlineData("别的颜色还有吗", SenderRole.Buyer)]
    [InlineData("给他妈的生日礼物，麻烦包装好看点", SenderRole.Buyer)]                              // his mother's gift
    [InlineData("去你的订单页看看物流", SenderRole.Agent)]
    [InlineData("get a life-size cutout for the shop window", SenderRole.Agent)]
    [InlineData("我们的工作室只做设计，不对外销售", SenderRole.Agent)]
    [InlineData("下单时备注颜色就行", SenderRole.Agent)]
    [InlineData("有人让我去别的平台下单，说更便宜，靠谱吗", SenderRole.Buyer)]                      // a buyer reporting the request
    [InlineData("我们只在这个平台开店，其他平台用我们名字的都不是我们", SenderRole.Agent)]
    [InlineData("oh ok, one more question about size two", SenderRole.Buyer)]
    [InlineData("粉丝群在店铺首页，点加入就行", SenderRole.Agent)]
    [InlineData("你这种情况可以直接申请退款", SenderRole.Agent)]                                     // 你这种 + a situation
    [InlineData("泳装照拍摄套餐需要提前预约", SenderRole.Agent)]
    [InlineData("please go back to your order page to check", SenderRole.Agent)]
    [InlineData("the waste bin holds 20 litres", SenderRole.Agent)]
    [InlineData("温馨提醒：本店不会让您加 line 退款，遇到请举报", SenderRole.Agent)]                  // warnings naming the act
    [InlineData("有个号私信我说加 v 领红包，是不是你们的人", SenderRole.Buyer)]
    [InlineData("本店不做返现，评价随您", SenderRole.Agent)]
    [InlineData("快递员电话打不通，运单号 JT3312456780123", SenderRole.Buyer)]                        // a code glued to letters after 电话
    [InlineData("我上次在你们门店买过，这次线上再买一件", SenderRole.Buyer)]                                    // self-deprecation is no insult
    [InlineData("优惠券系统自动帮您选最划算的", SenderRole.Agent)]                                   // 系统 at the start is no system notice
    [InlineData("my number, the one on the order, is still right", SenderRole.Buyer)]              // "number, one" is no "number one" claim                                      // a gift-card holder is goods
    [InlineData("卖家让我私下转账，这个要举报吧", SenderRole.Buyer)]                               // a buyer reporting the request
    [InlineData("我用建行卡付款一直失败，换卡可以吗", SenderRole.Buyer)]
    [InlineData("退款原路退回您的银行卡，请留意到账", SenderRole.Agent)]
    [InlineData("收款音箱能播报支付宝到账", SenderRole.Agent)]
    [InlineData("我家狗子是个小傻瓜，把盒子啃了", SenderRole.Buyer)]
    [InlineData("I'm such an idiot, ordered the wrong size again", SenderRole.Buyer)]
    [InlineData("没钱了，等发工资再来买", SenderRole.Buyer)]
    [InlineData("did my parcel get lost in transit?", SenderRole.Buyer)]
    [InlineData("平台抽成我们自己承担，您放心下单", SenderRole.Agent)]
    [InlineData("the seller support was useless, but the shoes are great", SenderRole.Buyer)]
    [InlineData("小丑鱼玩偶, clown costume for kids", SenderRole.Agent)]
    [InlineData("声音好甜的语音助手，这款音箱支持吗", SenderRole.Buyer)]
    [InlineData("驾照考试用的反光背心有现货", SenderRole.Agent)]
    [InlineData("证件照打印纸一包五十张", SenderRole.Agent)]
    [InlineData("血压计能显示血压是否正常", SenderRole.Agent)]
    [InlineData("if someone calls claiming to be your bank and asks for your card number, hang up", SenderRole.Agent)]
    public void Look_alikes_stay_clean(string text, SenderRole role) => AssertClean(text, role);

    // Session 14's model holds this one for review (its new threat lines taught it "i'll find you"); no rule reads it and
    // a score alone never blocks. The model's precision is measured by its calibration and the never-read sets.
    [Fact]
    public void A_promise_to_find_a_size_is_never_blocked_and_no_rule_reads_it()
    {
        var verdict = LabelAssert.Scan("I'll find you a better size tomorrow", SenderRole.Agent);
        Assert.DoesNotContain(verdict.Findings, f => f.Evidence != Evidence.Model);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }
}
