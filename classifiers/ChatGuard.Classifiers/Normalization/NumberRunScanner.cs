using System.Globalization;
using System.Text;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>Finds the <see cref="NumberRun"/>s of a folded text in one linear pass.</summary>
public static class NumberRunScanner
{
    // Separators a phone or card number is commonly split with; at most three in a row ("(021) 1234", "136 - 8888").
    private static bool IsSoftSeparator(char c) => c is ' ' or '-' or '.' or '_' or '/' or '(' or ')' or '—' or '–' or '~';

    // C1: a number read aloud is grouped with commas ("one five two, nine nine eight seven"); once a run holds a
    // spelled digit a comma joins groups too. Between plain digits a comma stays a thousands or list separator (1,299; 36, 37).
    private static bool IsSeparator(string folded, int i, bool spelledRun) =>
        IsSoftSeparator(folded[i]) || (spelledRun && folded[i] is ',' or '，' or '、');

    // C1: an emoji or symbol put between the digits to break the number up (5🌸2🌸4, 1❤3❤8) joins them like a space;
    // the number rules then judge the whole run as they judge a spaced one.
    private static int SymbolWidth(string folded, int i) =>
        Rune.TryGetRuneAt(folded, i, out var rune) && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol ? rune.Utf16SequenceLength : 0;

    public static IReadOnlyList<NumberRun> Scan(string folded)
    {
        List<NumberRun>? runs = null;
        var digits = new StringBuilder();
        var i = 0;
        while (i < folded.Length)
        {
            // Cost (issue 16): most characters cannot start a number; jump to the next that can.
            var skip = folded.AsSpan(i).IndexOfAny(DigitForms.Starts);
            if (skip < 0) break;
            i += skip;
            if (DigitForms.Read(folded, i, out var firstWidth) < 0) { i += firstWidth; continue; }
            digits.Clear();
            int start = i, end = i, separators = 0, spelled = 0;
            var j = i;
            while (j < folded.Length)
            {
                var value = DigitForms.Read(folded, j, out var width);
                if (value >= 0)
                {
                    digits.Append((char)('0' + value));
                    if (folded[j] > 0x7F || width > 1) spelled++;
                    end = j += width;
                    continue;
                }
                var gap = 0;
                while (j + gap < folded.Length && gap < 3)
                {
                    if (IsSeparator(folded, j + gap, spelled > 0)) gap++;
                    else if (SymbolWidth(folded, j + gap) is var symbol and > 0) gap += symbol;
                    else break;
                }
                if (gap == 0 || j + gap >= folded.Length) break;
                var repeat = DigitForms.Repeat(folded, j + gap, out var repeatWidth);
                var next = DigitForms.Read(folded, j + gap + repeatWidth, out var nextWidth);
                if (next < 0) break;
                if (repeat > 1)
                {
                    // "double two" is 22: a phone number read aloud.
                    for (var r = 1; r < repeat; r++) digits.Append((char)('0' + next));
                    spelled += repeat - 1;
                }
                separators += gap + repeatWidth;
                j += gap + repeatWidth;
            }
            // A lone numeral or number word or two is a word (一个, 三件, one of them), not a number anyone dials.
            if (spelled < digits.Length || digits.Length >= 4)
                (runs ??= []).Add(new NumberRun(digits.ToString(), start, end, separators, spelled));
            i = Math.Max(end, i + 1);
        }
        return runs ?? (IReadOnlyList<NumberRun>)[];
    }
}
