using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 and C4 in Chinese with the IM app disguised (有V没, 扣扣号多少, 来蓝色软件上聊, 走绿泡泡, 威转我), a share
/// code, a mini-program, a pay code sent in chat, a red packet asked as the deposit, a private transfer; beside them the
/// look-alikes the disguises are part of (V领, 微辣, 扣子, 微信支付 at checkout, 微信转发, the shop's 红包 coupon, the shop's
/// refusal and warning). Every disguise is a term hit that holds for a person; another platform's account ID with its
/// number is structured evidence, like an IM ID. Phrased apart from the corpora.
/// </summary>
public class ChineseDisguisedAppContactAndPaymentTests
{
    [Theory]
    [InlineData("im-disguise-ask", "亲有V没，图片这里传不了", SenderRole.Buyer)]
    [InlineData("im-disguise-ask", "扣扣号多少 我想问问尺码", SenderRole.Buyer)]
    [InlineData("im-disguise-add", "加个威，优惠多", SenderRole.Agent)]
    [InlineData("im-disguise-chat", "售后问题去蓝色软件上聊", SenderRole.Agent)]
    [InlineData("im-disguise-own", "简介里那串字母就是我v", SenderRole.Agent)]
    [InlineData("share-code", "长按复制这段，打开某宝就能拍", SenderRole.Agent)]
    [InlineData("mini-program-order", "关注小程序'布布家'，进去下单立减十元", SenderRole.Agent)]
    [InlineData("pay-code-sent", "好的亲，先别拍，我发你收款码扫一下", SenderRole.Agent)]
    public void A_disguised_app_or_an_account_elsewhere_in_its_frame_is_held_as_contact_diversion(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.ContactDiversion, rule, text, role);

    // C1: another platform's account ID with its number or handle is structured evidence, like an IM ID; this
    // platform's own 店铺号 is not a cue (a buyer looking the shop up here), so only the other apps' IDs are read.
    [Theory]
    [InlineData("来我们新号，快手号 6620193847，福利更多")]
    [InlineData("关注我小红书号 bubu_home88 有返场")]
    public void Another_platforms_account_id_with_its_number_is_contact_diversion(string text) =>
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);

    [Theory]
    [InlineData("店铺号 6620193847 是你们家吗？我搜到两个同名的")]
    public void This_platforms_shop_number_is_no_account_elsewhere(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Theory]
    [InlineData("im-transfer", "尾款走绿泡泡，给您抹个零", SenderRole.Agent)]
    [InlineData("im-transfer", "威转我一百就行，运费我包", SenderRole.Agent)]
    [InlineData("red-packet-asked", "抢购名额发我一个66的红包占位", SenderRole.Agent)]
    [InlineData("red-packet-payment", "我先包个红包当订金，你帮我留货", SenderRole.Buyer)]
    [InlineData("private-transfer", "剩下的私转我，别在平台付", SenderRole.Agent)]
    [InlineData("private-transfer", "打我们账上的话再便宜三百", SenderRole.Agent)]
    [InlineData("im-transfer", "我直接银行卡转你，按出厂价发", SenderRole.Buyer)]
    public void Money_through_a_disguised_app_a_red_packet_or_privately_is_held_as_off_platform_payment(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.OffPlatformPayment, rule, text, role);

    [Theory]
    [InlineData("尾款走绿泡泡，给您抹个零")]
    [InlineData("威转我一百就行，运费我包")]
    public void Paying_through_the_app_hands_over_its_account_too(string text) =>
        LabelAssert.HeldByRule(Labels.ContactDiversion, "im-transfer", text, SenderRole.Agent);

    [Theory]
    [InlineData("有V领的吗，要黑色", SenderRole.Buyer)]
    [InlineData("加个微辣，谢谢", SenderRole.Buyer)]
    [InlineData("扣扣有没有备用的，掉了一颗", SenderRole.Buyer)]
    [InlineData("可以用微信支付吗", SenderRole.Buyer)]
    [InlineData("这个微波炉有没有保修", SenderRole.Buyer)]
    [InlineData("链接可以微信转发给家人吗", SenderRole.Buyer)]
    [InlineData("有VIP价吗", SenderRole.Buyer)]
    [InlineData("订单号 4829301928 还没发货", SenderRole.Buyer)]
    [InlineData("企鹅图案的有没有", SenderRole.Buyer)]
    [InlineData("小程序打不开怎么办", SenderRole.Buyer)]
    [InlineData("绿色的那款有货吗", SenderRole.Buyer)]
    [InlineData("有人说加V私聊更便宜，是你们吗", SenderRole.Buyer)]
    [InlineData("快递员一直加我微信，烦死了", SenderRole.Buyer)]
    [InlineData("短信里让我加QQ领理赔，是你们发的吗", SenderRole.Buyer)]
    [InlineData("全家取货 店号 204518 可以改吗", SenderRole.Buyer)]
    [InlineData("我们不会通过 LINE 联系你，有人这样做请举报", SenderRole.Agent)]
    [InlineData("私下转账我们不接受的，请在平台下单", SenderRole.Agent)]
    [InlineData("温馨提示：让您加V私聊或私下转账的都是骗子", SenderRole.Agent)]
    public void The_look_alikes_of_a_disguised_app_are_not_contact_diversion(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);

    [Theory]
    [InlineData("可以用微信支付吗", SenderRole.Buyer)]
    [InlineData("链接可以微信转发给家人吗", SenderRole.Buyer)]
    [InlineData("给您发了个店铺红包，下单可以抵扣", SenderRole.Agent)]
    [InlineData("预售先付定金，平台红包可以抵扣尾款", SenderRole.Agent)]
    [InlineData("温馨提示：让您加V私聊或私下转账的都是骗子", SenderRole.Agent)]
    [InlineData("有V领的吗，要黑色", SenderRole.Buyer)]
    [InlineData("同事微信转给我的链接，是这款吗", SenderRole.Buyer)]
    [InlineData("退款已经打到你卡上了，请查收", SenderRole.Agent)]
    [InlineData("防骗提醒：本店所有交易都在平台内完成，私下转账出了问题平台不保障", SenderRole.Agent)]
    public void Checkout_coupons_forwarding_and_warnings_are_not_off_platform_payment(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.OffPlatformPayment, text, role);
}
