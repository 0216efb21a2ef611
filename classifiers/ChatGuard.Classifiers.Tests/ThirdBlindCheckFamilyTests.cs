using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// Issue 16: the rule families the lead's third blind checks (session 9) found missing or over-eager, each phrased
/// apart from the checks' own lines.
/// </summary>
public class ThirdBlindCheckFamilyTests
{
    [Theory]
    [InlineData(Labels.OffPlatformPayment, "退款的话我们会扣10%的手续费哦")]               // C4: a fee taken out of an agreed refund
    [InlineData(Labels.OffPlatformPayment, "We'll take a $15 processing fee off your refund")]
    [InlineData(Labels.OffPlatformPayment, "退货退款的话要收取8%的服务费")]
    [InlineData(Labels.OffPlatformPayment, "差价不多，您扫这个收款码补一下就行")]          // C4: the shop's own pay code
    [InlineData(Labels.Impersonation, "您好，我是物流公司理赔部的，您的包裹破损可以赔付")] // C6: a courier's claims desk
    [InlineData(Labels.Impersonation, "我就是平台派来处理您订单的专员")]
    [InlineData(Labels.Impersonation, "这里是中国邮政客服，您的邮件被扣留，请补缴费用")] // C6: a postal service                 // C6: sent by the platform
    [InlineData(Labels.Prohibited, "有代孕需求的可以咨询我们")]                         // C3: surrogacy offered
    [InlineData(Labels.ContactDiversion, "桃宝搜我们同名店，价格更低")]                  // C1: another platform by nickname
    [InlineData(Labels.ContactDiversion, "加我个人号，下次直接找我")]                    // C1: a personal account
    public void Flags_the_family(string label, string text) => LabelAssert.RuleFlags(label, text);

    [Fact]
    public void An_insult_ending_in_an_animal_is_abuse() =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan("你就是个只会骗钱的狗，退钱", SenderRole.Buyer).Labels);

    [Theory]
    [InlineData(Labels.OffPlatformPayment, "退款不扣手续费，全额退回", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "退款平台不收任何手续费哦", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "晒图返现这种是平台禁止的，本店不参与", SenderRole.Agent)] // the shop stating a rule it keeps
    [InlineData(Labels.ContactDiversion, "A guy texted me on WhatsApp claiming to be from your shop, was that you?", SenderRole.Buyer)]
    [InlineData(Labels.OffPlatformPayment, "平台绝不会以任何理由让您转账到私人账户", SenderRole.Agent)]
    [InlineData(Labels.OffPlatformPayment, "I've reported the account that asked me to pay them directly", SenderRole.Buyer)]
    [InlineData(Labels.OffPlatformPayment, "我们不能让您私下付款，请走平台", SenderRole.Agent)]
    [InlineData(Labels.ReviewSolicitation, "评价改不改都由您决定，店铺不会干预", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "物流公司显示包裹还在派送中", SenderRole.Agent)]
    [InlineData(Labels.Impersonation, "我们不是平台派来的，是店铺自己的客服", SenderRole.Agent)]
    public void Keeps_the_look_alike_clean(string label, string text, SenderRole role) => LabelAssert.NoRuleFlags(label, text, role);

    [Fact]
    public void A_dog_lover_is_not_insulted() =>
        Assert.DoesNotContain(Labels.Abuse, LabelAssert.Scan("你是个爱狗的人吧，这款狗窝很合适", SenderRole.Agent).Labels);
}
