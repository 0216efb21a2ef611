namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: the sender says what a digit run really is. A number announced as written backwards ("read it from the right",
/// "backwards so the bot doesn't eat it", 倒过来打) or as a phone dressed up as a reference ("tracking: … ← that's
/// actually my cell", 不是单号，是我电话) is a number to dial whatever its shape: nobody reverses or disguises an order
/// number. A reversal or a denied reference must sit beside a word of contact (number, call, WhatsApp…), so "the label
/// was printed backwards" or "that's not a tracking number, it's the order ID" stay clean.
/// </summary>
public static class DeclaredPhoneNumber
{
    // The number is the sender's own line, told outright.
    private static readonly string[] OwnLineCues =
    [
        "actually my cell", "actually my number", "actually my phone", "actually my mobile", "actually my whatsapp", "actually my wa", "actually my line",
        "really my cell", "really my number", "really my phone", "really my whatsapp", "that's my cell", "thats my cell", "that's my whatsapp", "thats my whatsapp",
        "en realidad es mi", "realmente es mi", "na verdade é meu", "na verdade e meu", "na real é meu", "na real e meu",
        "其实是我", "实际是我", "其实是本人",
        // C1: the number named the sender's WhatsApp beside a reference word ("tracking no. +55 … (this my zap for fast reply)").
        "this my zap", "this is my zap", "this my whatsapp", "this is my whatsapp", "this my wa", "this is my wa", "é meu zap", "e meu zap",
    ];

    // A reference denied ("not a tracking number") or a reading reversed: needs a contact word beside it.
    private static readonly string[] DisguiseCues =
    [
        "not a tracking", "not the tracking", "isn't a tracking", "isnt a tracking", "not an order number", "not the order number", "isn't an order", "isnt an order", "not really a tracking", "fake tracking",
        "backwards", "backward", "from the right", "right to left", "in reverse", "reversed", "reverse order", "flip it", "flip the digits", "ulta padho", "ulta likha", "ulta hai",
        "al revés", "al reves", "de atrás para adelante", "de atras para adelante", "de derecha a izquierda", "ao contrário", "ao contrario", "de trás pra frente", "de tras pra frente", "de trás para frente",
        "不是单号", "不是订单号", "不是快递单号", "不是运单号", "倒过来", "倒着", "反过来", "倒序", "从右往左",
    ];

    // Words of contact strong enough beside a reversal: "number" alone is not ("the serial number is printed backwards").
    private static readonly string[] ContactWords =
    [
        "my number", "my no", "my num", "my cell", "my phone", "my mobile", "my line", "number is backwards", "number backwards", "number's backwards", "number in reverse",
        "cell", "phone", "mobile", "call", "text", "whatsapp", "wa", "wpp", "zap", "telegram", "tg", "viber", "sms", "dial",
        "mi número", "mi numero", "mi cel", "celular", "móvil", "movil", "telefone", "teléfono", "telefono", "llámame", "llamame", "ligue", "me chama",
        "meu número", "meu numero", "meu cel", "mera number", "mera no", "nambari yangu", "namba yangu", "meine nummer", "mon numéro", "mon numero", "il mio numero",
        "电话", "手机", "号码", "联系", "打给", "微信",
    ];

    /// <summary>Whether <paramref name="folded"/> (the folded view) declares one of its digit runs a phone number in disguise.</summary>
    public static bool In(string folded)
    {
        var s = folded.AsSpan();
        if (WholeWords.ContainAny(s, OwnLineCues, digitsJoin: false)) return true;
        return WholeWords.ContainAny(s, DisguiseCues, digitsJoin: false) && WholeWords.ContainAny(s, ContactWords, digitsJoin: true);
    }
}
