using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: a word asking to call, text or message a number, right beside a digit run ("call me 98765 43210", "0803 123 4567
/// on WhatsApp", "звони 912 345 67 89", 打给我 …). Only with one does a run that a served market's plan reads as a mobile
/// become a phone (<see cref="PhoneNumberPlan.IsNationalMobile"/>): bare, such a run is as often an order number or a price.
/// Words that also name goods ("phone" in "phone case", 手机 in 手机壳) are not cues on their own. The folded view is in
/// simplified Chinese, so the simplified forms cover traditional ones.
/// </summary>
public static class DialCue
{
    // Asking to be called or texted, naming one's own number, or naming the app it is for. A bare "number" or "phone" word
    // is no cue: "order number", номер заказа, "phone case", funda de celular, o telefone da transportadora.
    private static readonly string[] Words =
    [
        "call me", "call us", "call now", "pls call", "please call", "give me a call", "give us a call", "ring me", "text me", "txt me", "sms me", "message me",
        "msg me", "whatsapp", "whats app", "whatsap", "watsap", "wa me", "on wa", "no wa", "viber", "telegram", "zalo", "line id", "botim",
        "my number", "my number's", "my no", "my cell", "my mobile", "my phone", "phone number", "phone no", "mobile number", "mobile no", "cell number",
        "contact number", "contact no", "hotline", "call karo", "call karein", "call kijiye", "msg karo", "mera number", "mera no",
        "llámame", "llamame", "llama al", "mi número", "mi numero", "mi cel", "wpp", "zap", "ligue", "me chama", "meu número", "meu numero", "mon numéro",
        "mon numero", "appelle", "appelez", "meine nummer", "ruf an", "ruf mich", "anrufen", "chiamami", "il mio numero", "numaram", "ara beni", "hubungi",
        "nomor hp", "no hp", "telp", "gọi", "sđt", "โทร", "nipigie", "piga simu", "namba yangu", "nambari yangu",
        "мой номер", "номер телефона", "звони", "позвони", "позвоните", "ватсап", "вотсап", "телеграм", "вайбер",
        "电话", "手机号", "打给", "打我", "拨打", "致电", "联系我", "联系", "加我", "微信", "短信", "号码", "wx", "vx",
    ];

    // Verbs that name the number only right in front of it ("Call 7003 412 889", "pls msg 98200 41573"): a few words
    // away they are as often about someone else's call ("kisi ne call kiya 70… se", "bolo 98… pe call kare").
    private static readonly string[] Verbs = ["call", "dial", "msg", "sms", "text", "ring", "pozvoni", "zvoni"];

    // Characters either side of the run a cue may stand in: its own phrase, not the message's other sentence.
    private const int Reach = 24;

    /// <summary>Whether a dial cue stands within reach before or after <paramref name="run"/> of <paramref name="folded"/>.</summary>
    public static bool Beside(string folded, NumberRun run)
    {
        var before = folded.AsSpan(Math.Max(0, run.Start - Reach), Math.Min(Reach, run.Start));
        var after = folded.AsSpan(run.End, Math.Min(Reach, folded.Length - run.End));
        if (WholeWords.ContainAny(before, Words, digitsJoin: false) || WholeWords.ContainAny(after, Words, digitsJoin: false)) return true;
        return WholeWords.EndWithAny(before.TrimEnd(" :：-").TrimEnd(), Verbs);
    }
}
