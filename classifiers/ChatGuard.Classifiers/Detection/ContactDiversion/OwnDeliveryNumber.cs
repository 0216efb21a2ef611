using System.Buffers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 reads "any attempt to move the buyer off the platform's sales flow": a buyer who gives or corrects their own
/// phone number for the delivery of an order (收件电话写错了，改成…; "my number on the order should be …"), or leaves it
/// for the rider to call on arrival ("ask the rider to call me on …, the gate bell is broken"), keeps the order on the
/// platform, and the shop has that number on the order anyway. Such a message names the delivery and a correction or
/// the courier's call, and invites no contact elsewhere; only then is the buyer's number left alone. So does a buyer
/// quoting the number of the rider the app assigned, who does not answer.
/// </summary>
public static class OwnDeliveryNumber
{
    private static readonly SearchValues<string> DeliveryCues = SearchValues.Create(
        ["收货", "收件", "地址", "快递", "派送", "配送", "送货", "签收", "骑手", "物流", "订单", "delivery", "deliver", "shipping", "courier", "rider", "driver", "address", "order"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CorrectionCues = SearchValues.Create(
        ["写错", "填错", "打错", "错了", "改成", "改为", "改一下", "更正", "更改", "修改", "换号", "换了号", "新号码", "新手机号", "新的号", "应该是", "我的电话", "我的手机", "我号码", "我的号码", "备注",
         "wrong", "typo", "typed", "should be", "update", "correct", "changed", "new number", "my number", "my phone", "new one is", "old number", "new sim", "lost my sim", "lost that sim"], StringComparison.Ordinal);

    // The one who delivers, and the call they are to make to the buyer: the number is for the doorstep, not the shop.
    private static readonly SearchValues<string> CourierCues = SearchValues.Create(
        ["rider", "courier", "driver", "delivery guy", "delivery man", "deliveryman", "delivery boy", "postman", "postie", "骑手", "快递员", "快递小哥", "配送员", "送货员", "师傅"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CallCues = SearchValues.Create(
        ["call me", "ring me", "can call", "can ring", "to ring", "will ring", "to call", "will call", "should call", "call my", "reach me", "tawagan ako", "tawagan", "text muna", "call muna", "txt muna", "打我电话", "给我打电话", "打这个电话", "联系我", "call我", "打给我"], StringComparison.Ordinal);

    private static readonly SearchValues<string> DoorstepContactCues = SearchValues.Create(
        ["for the courier", "for the rider", "for the driver", "for delivery", "for the delivery", "delivery contact", "contact no. for delivery", "contact number for delivery", "receiver's number", "receiver number", "收件人电话", "收货人电话"],
        StringComparison.Ordinal);

    // C1 precision: the rider the platform's app assigned, named with the number the app shows and the buyer cannot reach
    // ("the app shows the dispatch rider as Emeka, 0813 …, he's not picking"): the platform's own delivery, no contact elsewhere.
    private static readonly SearchValues<string> UnreachableCues = SearchValues.Create(
        ["app shows", "shows the rider", "shows the driver", "shows the courier", "not picking", "isn't picking", "isnt picking", "not answering", "isn't answering", "isnt answering", "no answer", "unreachable", "switched off"],
        StringComparison.Ordinal);

    /// <summary>Whether <paramref name="folded"/> (the folded view) reads as a buyer giving their own number for the delivery.</summary>
    public static bool Reads(string folded)
    {
        var s = folded.AsSpan();
        if (!s.ContainsAny(DeliveryCues) || ContactInvitation.In(s)) return false;
        return s.ContainsAny(CorrectionCues) || (s.ContainsAny(CourierCues) && (s.ContainsAny(CallCues) || s.ContainsAny(UnreachableCues))) || s.ContainsAny(DoorstepContactCues);
    }
}
