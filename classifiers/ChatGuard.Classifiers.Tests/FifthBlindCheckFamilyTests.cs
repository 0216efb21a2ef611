using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: the rule families a second new blind check (session 10) found missing or over-eager, each phrased apart
/// from the check's own lines, with the look-alikes that must stay clean.
/// </summary>
public class FifthBlindCheckFamilyTests
{
    [Theory]
    [InlineData(Labels.Prohibited, "这批瘦身胶囊里有西布曲明，所以掉得快", SenderRole.Agent)]          // C3: a banned additive named
    [InlineData(Labels.Prohibited, "our diet capsules still use phenolphthalein, that's the secret", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "Pure DNP capsules, the strongest fat burner you can get", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "减肥的那款是内部货，店里不上架，拍别的链接我私下寄", SenderRole.Agent)] // C3: not listed, sent privately
    [InlineData(Labels.Prohibited, "新用户玩百家乐首充就送彩金，了解一下", SenderRole.Agent)]           // C3: a casino game with a bonus
    [InlineData(Labels.Prohibited, "Our partner casino gives 50 free spins on the slots, no deposit", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "入口在这 https://bjl-vip668.net 记得用邀请码", SenderRole.Agent)]   // C3: the site's name says casino
    [InlineData(Labels.Prohibited, "Spin the slots on our partner site, every new player gets 30 free spins with the first deposit", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "bet365-asia.cc", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "小姐姐出台吗？价钱好说", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "what do you charge for one night with me, cutie", SenderRole.Buyer)]                         // C3: paid sex asked of the agent
    [InlineData(Labels.Prohibited, "约么，多少钱一次", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "what would it cost for the whole night with you? how much for a night", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "来张自拍呗，穿性感点那种", SenderRole.Buyer)]
    [InlineData(Labels.Counterfeit, "Office 破解版，装上就能用，不用买账号", SenderRole.Agent)]          // C5: pirated software and games
    [InlineData(Labels.Counterfeit, "PS4 已经硬破好了，送你五十个游戏", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "We sell pirated software bundles, every Adobe app for $15", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "掌机刷好了破解固件，游戏自己下", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "兑换码走的是灰色渠道，价格只要官网的一折", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "这边是税务部门，您的订单被纳入专项稽查，请配合核查", SenderRole.Agent)] // C6: a regulator's "check"
    [InlineData(Labels.Impersonation, "工商这边在做专项检查，不配合的话会上征信", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "您被錯設成年費會員，請到附近的ATM取消扣款", SenderRole.Agent)]    // C6 + C4: the ATM scam
    [InlineData(Labels.OffPlatformPayment, "系统误设了分期，您去提款机上操作一下解除分期就好", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "Message from the Buyer Protection Team: verify your payment details within 24 hours", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我是平台风控专员，需要您提供身份信息核实一下", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Leave a photo review and screenshot it to me, there's a $10 voucher in it for you", SenderRole.Agent)] // C7
    [InlineData(Labels.ReviewSolicitation, "写完评价截图发我，返你一张京东卡", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Give us five stars and the next order is on us", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "五星好评的话下次免邮哦", SenderRole.Agent)]
    [InlineData(Labels.ExaggeratedClaims, "坚持喝半个月能掉12斤", SenderRole.Agent)]                   // C8: weight lost in a span
    public void Flags_the_family(string label, string text, SenderRole role) => LabelAssert.RuleFlags(label, text, role);

    [Theory]
    [InlineData("不爱买就滚，别在这磨叽")]                    // C2: told to get lost
    [InlineData("少在这里逼逼，要买就买")]
    [InlineData("你tm是瞎了吗，尺码表就在上面")]              // C2: tm as 他妈 before an insult
    [InlineData("真tm蠢，说三遍了")]
    [InlineData("Refund? Just get lost")]
    [InlineData("嫌慢就给老子爬")]
    [InlineData("哪凉快哪呆着去，这单不做了")]
    [InlineData("小姐姐包夜多少？")]                          // C2: paid sex asked of the agent
    [InlineData("发张你的照片，露一点的")]
    public void Abuses_the_person_at_the_other_end(string text) => LabelAssert.RuleFlags(Labels.Abuse, text, SenderRole.Buyer);

    [Theory]
    [InlineData(Labels.Prohibited, "我们这款减肥茶不添加西布曲明，有检测报告", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "这个里面有没有酚酞啊？之前吃过的拉肚子", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "Our tea is sibutramine-free and lab tested", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "She's doing her DNP degree, so she ordered the study lamp", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "这款减肥代餐还没上架，下周一开售", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "老虎机造型的储钱罐，送小朋友很合适", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "今天双色球开奖的新闻你看了吗", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "Casino night party decor set, sign up for our newsletter for 10% off", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "别再给我推什么百家乐了，我只买衣服", SenderRole.Buyer)]         // the buyer refusing
    [InlineData(Labels.Prohibited, "I don't gamble, stop sending me casino links", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "拉人头返钱，你们这不就是传销吗", SenderRole.Buyer)]            // the buyer accusing
    [InlineData(Labels.Prohibited, "Is this a pyramid scheme? You keep asking me to recruit", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "这家民宿一晚多少钱，含早餐吗", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "请问包夜的网费怎么算", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "新的以旧换新补贴政策出台了吗", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "这台空调开一晚多少钱，费电吗", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "We still have delivery time slots tomorrow, sign up for a welcome bonus coupon", SenderRole.Agent)]
    [InlineData(Labels.Prohibited, "你们这个邀请返现怎么跟传销一样", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "又发赌博网站给我，我要投诉你们", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "send me a photo of the bikini on a model please", SenderRole.Buyer)]
    [InlineData(Labels.Prohibited, "could you send me a picture of the model in the bikini, front and back", SenderRole.Buyer)]
    [InlineData(Labels.Counterfeit, "本店只卖正版，绝不卖破解版软件", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "We never sell cracked software, every licence is genuine", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "游戏的激活码在官方商城下单后自动发放", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "这台主机不能破解，只支持正版卡带", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "If your Switch account got hacked, Nintendo support can restore it", SenderRole.Agent)]
    [InlineData(Labels.Counterfeit, "这台主机是双系统，Windows 和 Linux 都装好了", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我们工厂去年通过了市场监管局的专项检查，质检全部合格", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "发票真伪可以到税务局网站查", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "用工商银行的卡付款，不配合短信验证的话会支付失败", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "ATM只能存取款，不能解除分期，让你去ATM的都是骗子", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "Our warehouse safety team checks every parcel before it ships", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "收到后方便的话给个真实评价，没有任何奖励，谢谢", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Could you send me a screenshot of the review page? It shows an error on our side", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "Shipping is on us this time, and reviews are always welcome", SenderRole.Agent)]
    [InlineData(Labels.ContactDiversion, "听说你们私下卖便宜点？算了我还是在平台买吧", SenderRole.Buyer)]
    [InlineData(Labels.ContactDiversion, "私下买的话坏了找谁？算了，我还是在页面下单吧", SenderRole.Buyer)] // no contact, no move
    [InlineData(Labels.OffPlatformPayment, "私下交易的话售后谁负责？我还是走平台吧", SenderRole.Buyer)]
    public void Keeps_the_look_alike_clean(string label, string text, SenderRole role) => LabelAssert.NoRuleFlags(label, text, role);

    [Theory]
    [InlineData("这是滚筒洗衣机，十公斤的")]
    [InlineData("往下滚动就能看到尺码表")]
    [InlineData("小猫爬上爬下的，猫爬架要稳一点")]
    [InlineData("TM标代表已申请的商标")]
    [InlineData("If a parcel does get lost in transit we resend it for free")]
    [InlineData("这家酒店房间一晚多少钱要看日期")]
    [InlineData("新规出台多少天了？")]
    [InlineData("网吧包夜多少钱你知道吗")]
    [InlineData("取暖器开一晚多少钱电费？")]
    public void Shop_talk_is_not_abuse(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Agent);
}
