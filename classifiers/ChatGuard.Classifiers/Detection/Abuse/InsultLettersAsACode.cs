using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 precision: a curse's pinyin initials (nmsl, cnm, sb, tmd) inside a code the message is about — a waybill or order
/// number's letters (单号尾号是NMSL开头的那个是退货单), a pickup code, a voucher — spell no curse at anyone: the code's noun
/// stands right before the letters, or 开头/结尾 ("begins with", "ends in") right after them. Said to someone
/// (你nmsl, nmsl 单号呢) the letters have neither.
/// </summary>
public static partial class InsultLettersAsACode
{
    /// <summary>How far before the letters the code's noun may stand (characters of the folded text).</summary>
    private const int Window = 12;

    /// <summary>Whether the term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is letters of a code.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end)
    {
        if (end <= start) return false;
        foreach (var c in folded[start..end])
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return CodeBefore().IsMatch(folded[Math.Max(0, start - Window)..start]) || EdgeAfter().IsMatch(folded[end..]);
    }

    // The code's noun, then at most a few characters that only point into the code (尾号是, 里有个, 第一位, : ) before the letters; 单号呢 nmsl or 单号都不会填 nmsl curses.
    [GeneratedRegex(@"(?:单号|單號|订单号|訂單號|运单号|運單號|快递单号|快遞單號|尾号|尾號|编号|編號|取件码|取件碼|提货码|提貨碼|券码|券碼|兑换码|兌換碼|激活码|激活碼|验证码|驗證碼|优惠码|優惠碼|货号|貨號|卡号|卡號|车牌|車牌|\b(?:order|tracking|waybill|voucher|promo|coupon|pickup|pick-up)\s*(?:no\.?|number|code|id|#))[是为為以里裡中有前后後尾的个個头頭第位]{0,4}[\s:：#""“'‘]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeBefore();

    // "…NMSL开头的那个": the letters as the start or end of something.
    [GeneratedRegex(@"^\s*(?:开头|開頭|打头|打頭|结尾|結尾|字头|字頭)", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeAfter();
}
