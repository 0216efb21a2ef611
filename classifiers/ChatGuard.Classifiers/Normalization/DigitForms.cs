namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Digit forms spammers spell numbers with, read as a digit value: ASCII digits and the Chinese numerals
/// (一二三…, 幺 for 1, 两 for 2, 〇/零 for 0) and financial numerals (壹贰叁…). Circled, parenthesised,
/// super/subscript, full-width and keycap digits already reach the folded view as ASCII digits (NFKC,
/// marks removed). Chinese numerals are words as well as digits, so they are read as digits only inside
/// a run of digits (<see cref="NumberRunScanner"/>), never rewritten in the text.
/// </summary>
public static class DigitForms
{
    /// <summary>The digit value 0–9, or -1 when <paramref name="c"/> is not a digit form.</summary>
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '零' or '〇' or '○' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '贰' or '两' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    public static bool IsChineseNumeral(char c) => c > 0x7F && Value(c) >= 0;
}
