using System.Buffers;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Digit forms spammers spell numbers with, read as a digit value: ASCII digits, the Chinese numerals
/// (一二三…, 幺 for 1, 两 for 2, 〇/零 for 0), financial numerals (壹贰叁…) and the number words of English, Spanish,
/// Portuguese, romanized Hindi and Swahili (one, nueve, oito, nau, saba…).
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

    // C1: a number read out in the buyer's own language ("nueve ocho…", "nove oito…", "nau nau do ek…", "sifuri saba…").
    // Accents are folded away before the scan (três → tres). No word stands for two different digits across the tables.
    private static readonly (string Word, int Digit)[] Words =
    [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("cero", 0), ("uno", 1), ("una", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9),
        ("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("quatro", 4), ("sete", 7), ("oito", 8), ("nove", 9),
        ("shunya", 0), ("shoonya", 0), ("sunya", 0), ("ek", 1), ("do", 2), ("teen", 3), ("char", 4), ("chaar", 4), ("paanch", 5), ("panch", 5),
        ("chhe", 6), ("chhah", 6), ("chah", 6), ("saat", 7), ("aath", 8), ("nau", 9),
        ("sifuri", 0), ("moja", 1), ("mbili", 2), ("tatu", 3), ("nne", 4), ("tano", 5), ("sita", 6), ("saba", 7), ("nane", 8), ("tisa", 9),
    ];

    // Number words that are everyday words too (Portuguese "um", "do"; English "do", "teen", "char"; Polish "do", "moja";
    // Spanish "una"): read as a digit only beside another number word, so "do 5 pieces" or "um 3812…" adds no digit.
    private static readonly string[] WordsInOtherSenses = ["um", "uma", "una", "do", "teen", "char", "chah", "moja"];

    // The words bucketed by first letter (cost: a word start is compared with the few words of its letter only).
    private static readonly (string Word, int Digit)[][] WordsByFirstLetter = BucketByFirstLetter();

    private static (string Word, int Digit)[][] BucketByFirstLetter()
    {
        var buckets = new (string Word, int Digit)[26][];
        for (var letter = 0; letter < 26; letter++)
            // Longest first, so "chhah" is not read as "chah", nor "uno" cut short by a shorter word of its letter.
            buckets[letter] = [.. Words.Where(w => w.Word[0] == 'a' + letter).OrderByDescending(w => w.Word.Length)];
        return buckets;
    }

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
    /// The digit at <paramref name="i"/> of the folded text — a digit form, or a number word standing as a word of its
    /// own — with how many characters it takes; -1 when there is none.
    /// </summary>
    public static int Read(string folded, int i, out int width)
    {
        width = 1;
        var value = Value(folded[i]);
        if (value >= 0 || !char.IsAsciiLetter(folded[i]) || (i > 0 && char.IsAsciiLetter(folded[i - 1]))) return value;
        // C1: a letter O standing alone against a Chinese numeral is a zero written in a third form (O九二O 一一七 三八五).
        if (folded[i] == 'o' && (i + 1 == folded.Length || !char.IsAsciiLetter(folded[i + 1]))
            && ((i + 1 < folded.Length && IsNumeral(folded[i + 1])) || (i > 0 && IsNumeral(folded[i - 1]))))
            return 0;
        if (folded.AsSpan(i).StartsWith(Oh, StringComparison.Ordinal) && (i + 2 == folded.Length || !char.IsAsciiLetter(folded[i + 2])))
        {
            width = 2;
            return 0;
        }
        var word = WordAt(folded, i);
        if (word.Digit < 0) return -1;
        if (Array.IndexOf(WordsInOtherSenses, word.Word) >= 0 && !BesideAnotherNumberWord(folded, i, word.Word.Length)) return -1;
        width = word.Word.Length;
        return word.Digit;
    }

    private static bool IsNumeral(char c) => c > 0x7F && Value(c) >= 0;

    private static (string Word, int Digit) WordAt(string folded, int i)
    {
        var letter = folded[i] | 0x20;
        if (letter is < 'a' or > 'z') return ("", -1);
        foreach (var entry in WordsByFirstLetter[letter - 'a'])
        {
            var end = i + entry.Word.Length;
            if (folded.AsSpan(i).StartsWith(entry.Word, StringComparison.Ordinal) && (end == folded.Length || !char.IsAsciiLetter(folded[end])))
                return entry;
        }
        return ("", -1);
    }

    // Spaces, hyphens, dots and commas a number read aloud is grouped with (as NumberRunScanner joins them).
    private static bool Groups(char c) => c is ' ' or '-' or '.' or '_' or '/' or ',' or '，' or '、' or '—' or '–';

    private static bool BesideAnotherNumberWord(string folded, int i, int length)
    {
        var next = i + length;
        for (var gap = 0; gap < 3 && next < folded.Length && Groups(folded[next]); gap++) next++;
        if (next > i + length && next < folded.Length && IsPlainNumberWord(folded, next)) return true;
        var last = i - 1;
        for (var gap = 0; gap < 3 && last >= 0 && Groups(folded[last]); gap++) last--;
        if (last == i - 1 || last < 0 || !char.IsAsciiLetter(folded[last])) return false;
        var start = last;
        while (start > 0 && char.IsAsciiLetter(folded[start - 1])) start--;
        return IsPlainNumberWord(folded, start) && WordAt(folded, start).Word.Length == last - start + 1;
    }

    private static bool IsPlainNumberWord(string folded, int i) =>
        (i == 0 || !char.IsAsciiLetter(folded[i - 1])) && WordAt(folded, i) is { Digit: >= 0 } word && Array.IndexOf(WordsInOtherSenses, word.Word) < 0;
}
