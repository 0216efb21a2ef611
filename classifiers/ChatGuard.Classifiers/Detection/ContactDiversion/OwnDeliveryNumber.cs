using System.Buffers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 reads "any attempt to move the buyer off the platform's sales flow": a buyer who gives or corrects their own
/// phone number for the delivery of an order (收件电话写错了，改成…; "my number on the order should be …") keeps the
/// order on the platform, and the shop has that number on the order anyway. Such a message names the delivery and a
/// correction, and invites no contact elsewhere; only then is the buyer's number left alone.
/// </summary>
public static class OwnDeliveryNumber
{
    private static readonly SearchValues<string> DeliveryCues = SearchValues.Create(
        ["收货", "收件", "地址", "快递", "派送", "配送", "送货", "签收", "骑手", "物流", "订单", "delivery", "deliver", "shipping", "courier", "address", "order"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CorrectionCues = SearchValues.Create(
        ["写错", "填错", "打错", "错了", "改成", "改为", "改一下", "更正", "更改", "修改", "换号", "换了号", "新号码", "新手机号", "新的号", "应该是", "我的电话", "我的手机", "我号码", "我的号码", "备注",
         "wrong", "typo", "typed", "should be", "update", "correct", "changed", "new number", "my number", "my phone"], StringComparison.Ordinal);

    // Anything that asks the shop to reach the buyer elsewhere keeps the number a contact detail.
    private static readonly SearchValues<string> InvitationCues = SearchValues.Create(
        ["加我", "加微", "加v", "加q", "私聊", "私信", "私下", "微信", "vx", "wx", "qq", "扣扣", "whatsapp", "telegram", "line", "add me", "text me", "dm me", "directly"], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="folded"/> (the folded view) reads as a buyer correcting their delivery number.</summary>
    public static bool Reads(string folded) =>
        folded.AsSpan().ContainsAny(DeliveryCues) && folded.AsSpan().ContainsAny(CorrectionCues) && !folded.AsSpan().ContainsAny(InvitationCues);
}
