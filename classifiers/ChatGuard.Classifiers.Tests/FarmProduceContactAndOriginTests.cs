using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 and C5 at farm, fresh-food and local-speciality shops typed by voice input: the sale moved to the grower's yard,
/// village or other channel, 微信 by a voice-input slip, and origin fraud (a protected origin name on goods from
/// elsewhere, relabelled or passed off, the origin's anti-fake tag made by the shop). Beside them the look-alikes: a
/// pick-your-own trip booked in the app, the return address, a buyer's price comparison, honest origins with their
/// traceability, a buyer's doubt, the shop's warning. Every hit holds for a person. Phrased apart from the corpora.
/// </summary>
public class FarmProduceContactAndOriginTests
{
    [Theory]
    [InlineData("farm-visit-off-platform", "想吃桃子就直接来我家桃园拿 比网上便宜好几块", SenderRole.Agent)]
    [InlineData("farm-visit-off-platform", "你们村在哪里 我周末开车过来买 就不在这上面下单了", SenderRole.Buyer)]
    [InlineData("farm-visit-off-platform", "你们线下有实体店不 我自己开车过去拿", SenderRole.Buyer)]
    [InlineData("farm-other-channel", "我们在快团团也开了团 那边比这里便宜三块", SenderRole.Agent)]
    [InlineData("farm-im-voice-slip", "老板把你为心号发我一下", SenderRole.Buyer)]
    public void The_sale_moved_to_the_growers_place_channel_or_app_is_held_as_contact_diversion(string rule, string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.ContactDiversion, rule, text, role);

    [Theory]
    [InlineData("周末果园采摘活动在店铺首页预约 直接来果园就行 门票在这里下单", SenderRole.Agent)]
    [InlineData("实体店地址只用于退货 寄回时在订单里填单号", SenderRole.Agent)]
    [InlineData("拼多多上比这里便宜 你们能便宜点不", SenderRole.Buyer)]
    [InlineData("温馨提示 有人冒充我们让你来我家果园拿货比网上便宜 都是骗子", SenderRole.Agent)]
    [InlineData("这是为心脏不好的老人买的 少糖的有吗", SenderRole.Buyer)]
    public void A_booked_visit_a_return_address_a_price_comparison_or_a_warning_is_no_contact_diversion(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, role);

    [Theory]
    [InlineData("farm-origin-relabel", "这箱库尔勒香梨其实是河北收的梨 箱子印的库尔勒")]
    [InlineData("farm-origin-relabel", "盱眙龙虾都是外地货 过过水再发 价钱按盱眙的算")]
    [InlineData("farm-origin-conceal", "信阳毛尖其实是别的地方的茶 泡出来喝不出来")]
    [InlineData("farm-origin-tag-forged", "蟹扣我们能搞到 一毛钱一个 扣上就是正宗的")]
    public void A_protected_origin_on_goods_from_elsewhere_is_held_as_counterfeit(string rule, string text) =>
        LabelAssert.HeldByRule(Labels.Counterfeit, rule, text, SenderRole.Agent);

    [Theory]
    [InlineData("我们的梨是河北产的 不是库尔勒的 详情页写得清楚 价格便宜一半", SenderRole.Agent)]
    [InlineData("你这五常大米不会是别的地方的米贴的牌吧", SenderRole.Buyer)]
    [InlineData("五常大米袋子背面有溯源码 扫一下能看到产地 是我们合作社自己种的", SenderRole.Agent)]
    [InlineData("温馨提示 市面上很多阳澄湖大闸蟹其实是外地蟹过水的 认准协会防伪扣", SenderRole.Agent)]
    [InlineData("阳澄湖大闸蟹收到后先洗个澡刷干净再蒸", SenderRole.Agent)]
    [InlineData("我们的枸杞是宁夏中宁产的 包装上印的产地和溯源码都能查", SenderRole.Agent)]
    public void An_honest_origin_a_buyers_doubt_or_a_warning_is_no_counterfeit(string text, SenderRole role) =>
        LabelAssert.NoRuleFlags(Labels.Counterfeit, text, role);
}
