using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: a phone number dictated in pieces with words between them, so that no piece is a number on its own ("0812 / then
/// 3345 / then 9021", "130 后面接 八八六六 再接 一二一二", "first part 0176, second part 55 29 31"), or with a filler letter
/// between every digit or two ("1 a 3 b 8 c 1 …", "0x7x7x0x0 9x0x0"). Read together the pieces must be a number the plans
/// accept as <see cref="NumberClassifier"/> accepts a whole one without a cue — a mainland mobile, or a national number
/// after its trunk prefix — so sizes, prices or dimensions listed with "then" or "x" between them stay what they are.
/// </summary>
public static class JoinedNumber
{
    // Words that only carry a dictated number on to its next piece.
    private static readonly string[] Joiners =
    [
        "then", "and then", "next", "followed by", "after that", "second part", "third part", "last part", "next part", "rest",
        "然后", "然后是", "后面", "后面是", "后面接", "再接", "接着", "接着是", "接", "再", "再是", "最后", "最后是", "后四位", "后四位是", "中间", "中间是",
    ];

    // Characters a dictation puts around its joiner words ("0812 / then 3345 /", "130，后面接").
    private static readonly char[] GapPunctuation = [' ', ',', '，', '、', '/', ':', '：', '-', '.', '。', '>', '→', '…'];

    // The longest gap read as a joiner: its own words, not a clause between two numbers.
    private const int MaxGap = 16;

    // Filler letters between digits: at least this many gaps, so "rtx 3080 ti" or "130 x 80 x 60" is no dictation.
    private const int MinFillerGaps = 4;

    /// <summary>The folded spans of numbers dictated in pieces; <c>Fillers</c> says they were broken by filler letters.</summary>
    public static IEnumerable<(int Start, int End, bool Fillers)> Read(string folded, IReadOnlyList<NumberRun> runs)
    {
        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var digits = runs[i].Digits;
            int words = 0, fillers = 0;
            for (var j = i + 1; j < runs.Count && digits.Length < 13; j++)
            {
                var gap = Gap(folded, runs[j - 1].End, runs[j].Start);
                if (gap == GapKind.None) break;
                if (gap == GapKind.Word) words++;
                else fillers++;
                digits += runs[j].Digits;
                if ((fillers == 0 || fillers >= MinFillerGaps) && IsDialable(digits))
                {
                    yield return (runs[i].Start, runs[j].End, fillers > 0);
                    i = j;
                    break;
                }
            }
        }
    }

    // C1 precision: only what a plan takes for a phone with no cue beside it (a mainland mobile, a trunk-prefixed national).
    private static bool IsDialable(string d) =>
        d.Length is >= 10 and <= 13 && (PhoneNumberPlan.IsMainlandMobile(d) || (d[0] == '0' && PhoneNumberPlan.IsTypedNational(d, separators: 1)));

    private enum GapKind { None, Word, Filler }

    private static GapKind Gap(string folded, int end, int start)
    {
        if (start - end is < 1 or > MaxGap) return GapKind.None;
        var gap = folded.AsSpan(end, start - end).Trim(GapPunctuation);
        if (gap.Length == 1 && char.IsAsciiLetterLower(gap[0])) return GapKind.Filler;
        foreach (var joiner in Joiners)
            if (gap.SequenceEqual(joiner)) return GapKind.Word;
        return GapKind.None;
    }
}
