using System.Buffers;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: tells phone numbers and bank cards from the other numbers of shop talk — order and tracking numbers,
/// prices, dates, pickup codes, masked numbers (<c>138****5678</c> never forms one run). Whether a run is a dialable
/// number is the numbering plans' call (<see cref="PhoneNumberPlan"/>, libphonenumber); hand-written here are the
/// context guards in front of it (reference, shipment, IMEI and count cues, letters glued on), which no plan can know.
/// </summary>
public static class NumberClassifier
{
    // Words right before a number that make it an order, tracking or model number.
    private static readonly SearchValues<string> ReferenceCues = SearchValues.Create(
        ["订单", "单号", "运单", "快递", "物流", "编号", "型号", "取件码", "验证码", "order", "tracking", "model", "no.", "#", "sku", "id"], StringComparison.Ordinal);

    // Banks by their short names (建行, 招行) and remittance verbs: a card number after them is where money goes (C1/C4).
    private static readonly SearchValues<string> CardCues = SearchValues.Create(["卡", "银行", "账户", "账号", "帐户", "帐号", "户名", "转", "汇款", "打款", "工行", "建行", "农行", "中行", "招行", "交行", "邮储", "card", "account", "iban", "transfer", "remit"], StringComparison.Ordinal);

    // Shipping an order: a long number in such a message with no card cue is an order number (platform order numbers are
    // 18–19 digits and pass for cards one time in ten).
    private static readonly SearchValues<string> OrderTalk = SearchValues.Create(
        ["一起发", "一起發", "合并发", "合併發", "合并", "合併", "拆单", "拆單", "加购", "加購", "发货", "發貨", "包裹", "签收", "簽收", "ship together", "combine", "same parcel", "same package"], StringComparison.Ordinal);

    // Money talk keeps an uncued card number a card: "付款" or "打到" in the message is where money goes.
    private static readonly SearchValues<string> MoneyTalk = SearchValues.Create(
        ["钱", "錢", "款", "付", "转", "轉", "汇", "匯", "打到", "收", "元", "块", "塊", "¥", "￥", "pay", "money", "transfer", "wire", "send to", "$"], StringComparison.Ordinal);

    // Number words among digits: three at least, so a word that slipped between two numbers ("38 one 2024…") is no phone.
    private const int MixedSpelledDigits = 3;

    public static NumberKind Classify(string folded, NumberRun run)
    {
        var d = run.Digits;
        if (d.Length < 7) return NumberKind.None;
        var before = Before(folded, run.Start, 10);
        // A number glued to letters is a code (SF1428730519246, JT3081234567890), not something to dial.
        if (run.Start > 0 && char.IsAsciiLetter(folded[run.Start - 1]) && !AfterImLetter(folded, run)) return NumberKind.None;
        if (run.End < folded.Length && char.IsAsciiLetter(folded[run.End])) return NumberKind.None;
        // C1: a number the sender declares reversed or a phone in disguise is one to dial, whatever precedes it.
        if (d.Length is >= 7 and <= 15 && DeclaredPhoneNumber.In(folded)) return NumberKind.Phone;
        // C1 precision: a waybill or part number named in its own clause, in a message that asks for no call or text.
        var mainlandMobile = PhoneNumberPlan.IsMainlandMobile(d);
        if (d.Length <= 14 && ShipmentReference.Names(folded, run, mainlandMobile)) return NumberKind.None;
        // C1 precision: a card-length serial (IMEI 3569…, 串号) is the product's, unless a card cue precedes it or money is talked.
        if (d.Length is >= 15 and <= 19 && !mainlandMobile && !before.ContainsAny(CardCues) && !folded.AsSpan().ContainsAny(MoneyTalk)
            && ShipmentReference.Names(folded, run, mobileShaped: false, dialable: false)) return NumberKind.None;
        // A valid mobile number is one whatever cue precedes it: "ID"/"order"/"单号" in front is the oldest way to slip one past.
        if (mainlandMobile) return NumberKind.Phone;
        // C1: a made-up mainland-shaped number the message says to call ("单号17451897795，打这个电话找我") is one too.
        if (PhoneNumberPlan.IsMainlandShaped(d) && DialCue.Beside(folded, run)) return NumberKind.Phone;
        if (before.ContainsAny(ReferenceCues)) return NumberKind.None;

        // C1: after "+" or "00" the country code is typed, so that country's plan must accept the number ("+1 000 000 0000"
        // and a price after a plus sign are not numbers).
        if (PrecededByPlus(folded, run.Start) && PhoneNumberPlan.IsInternational(d)) return NumberKind.Phone;
        // C1: the "+" and a dial cue beside it ("WhatsApp Dave on +44 7700 918263") say it is a number to call, even in a
        // range no operator holds; the cue keeps a "+" before a figure out.
        if (PrecededByPlus(folded, run.Start) && DialCue.Beside(folded, run) && PhoneNumberPlan.IsPossibleInternational(d)) return NumberKind.Phone;
        if (d.StartsWith("00", StringComparison.Ordinal) && run.Separators > 0 && PhoneNumberPlan.IsInternational(d[2..])) return NumberKind.Phone;
        // C1: a number of nine digits or more read aloud in number words, in groups ("nine eight seven six, five four …",
        // "nueve ocho…", "nau nau do ek…"), wholly or in part ("33 uno-ocho-cuatro-dos 7 siete 90 26"), or after the word
        // "plus": nobody spells out a price or an order number that way, only a number to dial.
        if (d.Length is >= 9 and <= 15 && (run.SpelledDigits == d.Length || run.SpelledDigits >= MixedSpelledDigits) && run.Separators > 0
            && IsAsciiWords(folded, run) && !IsCount(d)) return NumberKind.Phone;
        if (run.SpelledDigits > 0 && PrecededByPlusWord(folded, run.Start) && PhoneNumberPlan.IsInternational(d)) return NumberKind.Phone;
        if (PhoneNumberPlan.IsTaiwanMobile(d)) return NumberKind.Phone;
        // C1: a national number typed after its trunk prefix, in groups (a landline or 400/800 line at home, a mobile
        // elsewhere), or a served market's mobile beside a word asking to call or text it.
        if (PhoneNumberPlan.IsTypedNational(d, run.Separators) || PhoneNumberPlan.IsMainlandServiceLine(d, run.Separators)) return NumberKind.Phone;
        if (d.Length <= 13 && !IsCount(d) && DialCue.Beside(folded, run) && PhoneNumberPlan.IsNationalMobile(d)) return NumberKind.Phone;
        if (d.Length is >= 15 and <= 19)
        {
            var cued = before.ContainsAny(CardCues) || CardHolderName.After(folded, run.End);
            // C1 precision first: with no card cue, a number the message ships with (能和…一起发吗) is an order number.
            if (!cued && folded.AsSpan().ContainsAny(OrderTalk) && !folded.AsSpan().ContainsAny(MoneyTalk)) return NumberKind.None;
            if (Luhn.IsValid(d) && HasCardPrefix(d)) return NumberKind.BankCard;
            if (cued && HasCardPrefix(d)) return NumberKind.BankCard;
        }
        return NumberKind.None;
    }

    // C1: a lone V, W or Q standing for WeChat or QQ glued to a valid mobile number (V15982935375) is the app's
    // handle, not a product code: no model or waybill code is one letter and a dialable mainland mobile.
    private static bool AfterImLetter(string folded, NumberRun run) =>
        folded[run.Start - 1] is 'v' or 'w' or 'q' && (run.Start == 1 || !char.IsAsciiLetterOrDigit(folded[run.Start - 2]))
        && PhoneNumberPlan.IsMainlandMobile(run.Digits);

    // UnionPay 62, Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, JCB 35, Discover 6011/65.
    private static bool HasCardPrefix(string d) =>
        d.StartsWith("62", StringComparison.Ordinal) || d[0] == '4' || (d[0] == '5' && d[1] is >= '1' and <= '5')
        || d.StartsWith("34", StringComparison.Ordinal) || d.StartsWith("37", StringComparison.Ordinal)
        || d.StartsWith("35", StringComparison.Ordinal) || d.StartsWith("6011", StringComparison.Ordinal)
        || d.StartsWith("65", StringComparison.Ordinal) || (d[0] == '2' && d[1] is >= '2' and <= '7');

    private static bool PrecededByPlus(string folded, int start)
    {
        for (var i = start - 1; i >= 0 && start - i <= 2; i--)
        {
            if (folded[i] == '+') return true;
            if (folded[i] != ' ') return false;
        }
        return false;
    }

    private static bool PrecededByPlusWord(string folded, int start) =>
        Before(folded, start, 6).TrimEnd() is var before && before.EndsWith("plus", StringComparison.Ordinal)
        && (before.Length == 4 || !char.IsAsciiLetter(before[^5]));

    // "one two three … nine": counting (sizes, steps), not a number.
    private static bool IsCount(string d)
    {
        int up = 0, down = 0;
        for (var i = 1; i < d.Length; i++)
        {
            if (d[i] - d[i - 1] == 1) up++;
            else if (d[i - 1] - d[i] == 1) down++;
        }
        return up == d.Length - 1 || down == d.Length - 1;
    }

    // English number words, not Chinese numerals (一二三… stand in ordinary words too).
    private static bool IsAsciiWords(string folded, NumberRun run) => !folded.AsSpan(run.Start, run.Length).ContainsAnyExceptInRange('\0', '\x7F');

    private static ReadOnlySpan<char> Before(string folded, int start, int length)
    {
        var from = Math.Max(0, start - length);
        return folded.AsSpan(from, start - from);
    }
}
