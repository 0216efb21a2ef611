using System.Buffers;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Digit forms spammers spell numbers with, read as a digit value: ASCII digits, the Chinese numerals
/// (一二三…, 幺 for 1, 两 for 2, 〇/零 for 0), financial numerals (壹贰叁…) and English number words (one, two…).
/// Circled, parenthesised, super/subscript, full-width and keycap digits and the digits of other scripts
/// (١٣٩, १३९) already reach the folded view as ASCII digits. Numerals and number words are words as well as
/// digits, so they are read as digits only inside a run of digits (<see cref="NumberRunScanner"/>), never
/// rewritten in the text.
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
        // 參 (the traditional capital three) reaches the digit scan folded to 参 (C1: 零玖壹貳參… in Taiwanese chat).
        '三' or '叁' or '參' or '参' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>
    /// Every character <see cref="Read"/> may find a digit at: the digit forms of <see cref="Value"/> and the Latin
    /// letters number words start with (cost, issue 16: a scan for a number skips the rest in one vectorized search).
    /// </summary>
    public static readonly SearchValues<char> Starts =
        SearchValues.Create("0123456789零〇○一壹幺二贰两貳三叁參参四肆五伍六陆陸七柒八捌九玖abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    // "oh" for zero, as numbers are read aloud (four oh eight); alone it is a word, the run rules drop it.
    private const string Oh = "oh";

    /// <summary>
    /// 2 for "double", 3 for "triple" standing as a word before a digit ("double two" = 22), with the width of the
    /// word and the space after it; 1 and width 0 otherwise.
    /// </summary>
    public static int Repeat(string folded, int i, out int width)
    {
        width = 0;
        if (i > 0 && char.IsAsciiLetter(folded[i - 1])) return 1;
        var rest = folded.AsSpan(i);
        if (rest.StartsWith("double ", StringComparison.Ordinal)) { width = 7; return 2; }
        if (rest.StartsWith("triple ", StringComparison.Ordinal)) { width = 7; return 3; }
        return 1;
    }

    /// <summary>
    /// The digit at <paramref name="i"/> of the folded text — a digit form, or an English number word standing
    /// as a word of its own — with how many characters it takes; -1 when there is none.
    /// </summary>
    public static int Read(string folded, int i, out int width)
    {
        width = 1;
        var value = Value(folded[i]);
        if (value >= 0 || !char.IsAsciiLetter(folded[i]) || (i > 0 && char.IsAsciiLetter(folded[i - 1]))) return value;
        if (folded.AsSpan(i).StartsWith(Oh, StringComparison.Ordinal) && (i + 2 == folded.Length || !char.IsAsciiLetter(folded[i + 2])))
        {
            width = 2;
            return 0;
        }
        for (var d = 0; d < Words.Length; d++)
        {
            var word = Words[d];
            var end = i + word.Length;
            if (folded.AsSpan(i).StartsWith(word, StringComparison.Ordinal) && (end == folded.Length || !char.IsAsciiLetter(folded[end])))
            {
                width = word.Length;
                return d;
            }
        }
        return -1;
    }
}
