using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 (abuse.json details-threat, indirect-threat): the other person's address or workplace held over them with a warning
/// is held for a moderator; confirming an address for a delivery is not.
/// </summary>
public class HeldDetailsThreatTests
{
    [Theory]
    [InlineData("再投诉试试，你的地址电话我这都有，后果自己掂量", SenderRole.Agent)]
    [InlineData("敢给差评试试 我们知道你住哪个小区", SenderRole.Agent)]
    [InlineData("你家地址我能查到的 别逼我", SenderRole.Buyer)]
    [InlineData("我知你喺边间铺返工 小心啲", SenderRole.Buyer)]
    [InlineData("I have your address from the invoice, wait for visitors tonight", SenderRole.Buyer)]
    [InlineData("got ur addy from the order, keep playing and see", SenderRole.Agent)]
    [InlineData("i got your address off the return label. sleep with one eye open", SenderRole.Buyer)]
    public void Holds_details_held_over_the_person(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);

        Assert.Contains(verdict.Findings, f => f.Label == Labels.Abuse && f.Evidence != Evidence.Model);
    }

    [Theory]
    [InlineData("你的地址电话我这都有，明天就给您发出")]
    [InlineData("我们知道你住哪个小区了，快递员会送到门口")]
    [InlineData("I have your address from the order, it ships tomorrow")]
    [InlineData("we took your address from the invoice, please check the postcode")]
    public void Leaves_delivery_details_clean(string text) => LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Agent);

    [Theory]
    [InlineData("你等着，我会去你家门口等你", SenderRole.Buyer)]
    [InlineData("我天天在你公司楼下等你下班", SenderRole.Buyer)]
    [InlineData("不给说法是吧，我去你们公司门口等你", SenderRole.Buyer)]
    public void Holds_waiting_at_the_person_s_own_door(string text, SenderRole role) =>
        Assert.Contains(LabelAssert.Scan(text, role).Findings, f => f.Label == Labels.Abuse && f.Evidence != Evidence.Model);

    [Theory]
    [InlineData("师傅说他在小区门口等你取件", SenderRole.Agent)]
    [InlineData("自提的话我们在门口等你哈", SenderRole.Agent)]
    [InlineData("骑手已经在楼下等你了，麻烦下去拿一下", SenderRole.Agent)]
    [InlineData("快递员在东门门口等你呢", SenderRole.Agent)]
    public void Leaves_a_pickup_at_the_door_clean(string text, SenderRole role) => LabelAssert.NoRuleFlags(Labels.Abuse, text, role);
}
