using System.Buffers;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 precision: a courier's waybill (AWB, consignment note) or a part, model or serial number is the shipment's or the
/// product's own reference, not a number to dial, even when its digits have a phone's shape ("AWB 14306512238 with
/// Delhivery", "OEM part number 04465-02220", 型号 BCD-… in a live room). The cue must stand in the number's own clause,
/// and a message that asks to call, text or add anyone keeps every number a contact detail (C1: "call 14306512238" stays
/// caught). A card-length reference (an IMEI is 15 Luhn-valid digits) is dialled by nobody: only money talk, not a
/// contact word, keeps it a card (<see cref="NumberClassifier"/>).
/// </summary>
public static class ShipmentReference
{
    // Waybill words, couriers that print long numeric waybills, and product reference words (English and Romanized).
    private static readonly string[] ReferenceCues =
    [
        "awb", "waybill", "way bill", "airway bill", "air waybill", "consignment", "consignment no",
        "delhivery", "ninja van", "ninjavan", "j&t", "jnt", "lbc", "pos laju", "poslaju", "aramex", "dhl", "gigl", "gig logistics",
        "fedex", "ups", "usps", "blue dart", "bluedart", "dtdc", "ekart", "xpressbees", "ecom express", "shadowfax", "gdex", "citylink", "flash express",
        "kerry", "jne", "sicepat", "entrego", "2go", "royal mail", "evri", "yodel", "australia post", "canada post",
        "part number", "part no", "part #", "p/n", "oem number", "oem no", "oem part", "model number", "model no", "serial number", "serial no", "serial", "s/n", "imei",
        // C1: the product's own reference in Chinese (a model, item, part or serial number; an IMEI's 串号).
        "型号", "货号", "款号", "序列号", "串号", "机身码", "零件号", "配件号", "料号", "产品编号", "出厂编号",
        // C1 precision: a warranty card's or device's own number (保修卡上的编号159…要登记吗) is registered, not dialled.
        "保修卡", "保修编号", "保修卡号", "防伪码", "防伪编号", "设备编号", "机器编号", "整机编号", "sn码",
    ];

    // "Tracking" alone is the oldest cover for a mainland mobile number ("tracking: 139 0013 8000"): it names a reference
    // only for numbers of another shape.
    private static readonly string[] GenericCues = ["tracking number", "tracking no", "tracking id", "tracking"];

    // Words that ask for contact: with any of them a phone-shaped number stays a phone number.
    private static readonly string[] ContactWords =
    [
        "call", "calling", "text", "whatsapp", "wa", "viber", "telegram", "tg", "sms", "contact", "dial", "phone", "mobile", "cell", "reach", "ring",
        "message me", "msg me", "dm", "pm", "line", "wechat", "signal", "add me", "hotline", "my number", "my no", "our number", "number is mine",
        "打给", "打給", "打我", "拨打", "撥打", "致电", "致電", "电话", "電話", "联系", "聯繫", "联络", "聯絡", "加我", "加微", "微信", "私聊", "短信", "簡訊", "找我",
    ];

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;!?\n，。；！？");

    private const int Reach = 40;

    /// <summary>Whether number <paramref name="run"/> of <paramref name="folded"/> is named a waybill or part reference.</summary>
    /// <param name="mobileShaped">The number has a mainland mobile's shape: only a waybill, courier or part word names it.</param>
    /// <param name="dialable">The number has a length one could dial; when false, contact words elsewhere do not unname it.</param>
    public static bool Names(string folded, NumberRun run, bool mobileShaped, bool dialable = true)
    {
        // A card-length serial is often the second of two compared in one clause ("the box says …, the phone shows …").
        var reach = dialable ? Reach : 2 * Reach;
        var before = folded.AsSpan(Math.Max(0, run.Start - reach), Math.Min(reach, run.Start));
        if (before.LastIndexOfAny(ClauseBreaks) is var b and >= 0) before = before[(b + 1)..];
        var after = folded.AsSpan(run.End, Math.Min(Reach, folded.Length - run.End));
        if (after.IndexOfAny(ClauseBreaks) is var a and >= 0) after = after[..a];
        var named = WholeWords.ContainAny(before, ReferenceCues, digitsJoin: true) || WholeWords.ContainAny(after, ReferenceCues, digitsJoin: true)
                    || (!mobileShaped && (WholeWords.ContainAny(before, GenericCues, digitsJoin: true) || WholeWords.ContainAny(after, GenericCues, digitsJoin: true)));
        return named && (!dialable || !WholeWords.ContainAny(folded, ContactWords, digitsJoin: true));
    }
}
