using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2, ABU29 (lfo28 misses): threats that name no place or time — regret or a price promised, "see what happens" after a
/// demand, "be careful" beside the reader's address and a review — are held for a moderator (threat_frame_abuse.json);
/// the sales pitch, waiting together and care for a fragile parcel stay clean.
/// </summary>
public class ThreatFrameTests
{
    [Theory]
    [InlineData("行，你不退是吧，你会后悔的", SenderRole.Buyer)]
    [InlineData("你会为今天这个态度付出代价的，等着吧", SenderRole.Buyer)]
    [InlineData("好啊，不退是吧，你們一定會後悔", SenderRole.Buyer)]
    [InlineData("keep spamming this chat and see what happens", SenderRole.Agent)]
    public void Regret_and_wait_and_see_after_a_demand_are_held(string text, SenderRole role) =>
        LabelAssert.HeldByRule(Labels.Abuse, "regret-threat", text, role);

    [Theory]
    [InlineData("你敢留bad review，你的address我都有，小心点")]
    [InlineData("敢留負評罵我們？你家住哪裡出貨單上寫得一清二楚，你自己小心")]
    public void Careful_beside_the_readers_address_and_a_review_is_held_under_both_labels(string text)
    {
        LabelAssert.HeldByRule(Labels.Abuse, "careful-threat", text, SenderRole.Agent);
        LabelAssert.HeldByRule(Labels.Prohibited, "careful-threat", text, SenderRole.Agent);
    }

    [Theory]
    [InlineData("这款真的好用，你会后悔没早点买")]
    [InlineData("买了绝对不会后悔的")]
    [InlineData("let's wait and see what happens with the refund")]
    [InlineData("玻璃杯易碎，拆的时候小心点，地址我都核对过了")]
    [InlineData("退款已处理，你的地址我核对了，收件小心点")]
    [InlineData("收货地址是小区门口，快递员说路上小心点")]
    public void Their_look_alikes_are_clean(string text)
    {
        LabelAssert.NoRuleFlags(Labels.Abuse, text, SenderRole.Agent);
        LabelAssert.NoRuleFlags(Labels.Prohibited, text, SenderRole.Agent);
    }
}
