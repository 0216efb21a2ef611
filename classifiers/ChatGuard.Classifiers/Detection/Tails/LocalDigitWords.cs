using System.Text;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1: a phone number read out in the digit words of markets the normalizer's digit forms do not cover: Sino-Korean
/// (공일공 칠삼팔이 사구공일), Japanese kana (ぜろきゅうぜろ, ゼロキュウゼロ) and kanji joined by の (〇八〇 の 三九一七), Thai (ศูนย์แปดหนึ่ง), Vietnamese (không chín tám)
/// and French, read in pairs of compounds (zéro six, douze, trente-quatre, soixante-dix-huit), Indonesian and Malay (nol
/// delapan lima), and mainland Chinese read out as on the radio (幺五八 洞拐洞). ASCII digits may stand
/// among the words (공1공, 09 ba hai 7). Korean, Japanese and Thai run the words together, so they are read by longest
/// prefix; Vietnamese and French words need word boundaries. Keys are folded as the folded view folds them (kana lose
/// their voicing marks, Thai its vowel and tone marks), so they match that view. Hand-written at this seam, as
/// <see cref="SpokenNumber"/> is: Microsoft.Recognizers.Text.Number (French, Japanese, Korean numbers) is listed in the
/// registry but every version fails to download, Humanizer writes numbers as words and does not read them back, and no
/// served package reads Thai or Vietnamese digit words.
/// </summary>
public static class LocalDigitWords
{
    private enum Kind { Digit, Teen, Ten, Vingt, Et }

    private readonly record struct Word(string Key, int Value, Kind Kind, bool Latin);

    private static readonly Word[] Words = Build();

    /// <summary>Words and letters before the number after a cue (전화 주세요 공일공…, appelez-moi au zéro six…).</summary>
    private const int MaxLead = 24;

    private const int MaxSkipped = 2;

    /// <summary>The most digits a phone number has (E.164).</summary>
    private const int MaxDigits = 15;

    /// <summary>The number read out in words starting within a few words after <paramref name="from"/>, or null.</summary>
    public static (int Start, int End)? After(string folded, int from)
    {
        var skipped = 0;
        for (var i = from; i < folded.Length && i - from <= MaxLead;)
        {
            var c = folded[i];
            if (!IsWordChar(c))
            {
                if (c is '.' or '!' or '?' or '\n' or '。') return null;
                i++;
                continue;
            }
            var reading = Read(folded, i);
            if (reading is { } r && r.Words >= 2 && r.Digits.Length is >= 7 and <= MaxDigits) return (r.Start, r.End);
            if (++skipped > MaxSkipped) return null;
            while (i < folded.Length && IsWordChar(folded[i])) i++;
        }
        return null;
    }

    /// <summary>
    /// C1: a phone number in Korean, kana or Thai digit words with no cue: ten digits or more from a leading zero, as a
    /// mobile number is dialled in those markets (010…, 090…, 08…). Those scripts' digit words run together only to
    /// read a number out; no ordinary word strings nine of them in a row.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Bare(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsJoinedScript(folded[i]) && !StartsRadioNumber(folded[i])) continue;
            if (Read(folded, i) is not { } r) continue;
            if (r.Words >= 4 && r.Digits.Length is >= 10 and <= 12 && r.Digits[0] == '0') yield return (r.Start, r.End);
            else if (IsRadioMobile(folded, r)) yield return (r.Start, r.End);
            i = Math.Max(i, r.End - 1);
        }
    }

    // C1 (session 24): a mainland mobile number read out as on the radio (记一下 幺五八 洞拐洞 三四五八九): it starts with 1 (幺
    // or 一), its eleven digits are a mobile's (1, then 3–9), and it holds 洞 or 拐, which only this reading makes digits — a
    // number in plain numerals is a digit run the scan already reads.
    private static bool StartsRadioNumber(char c) => c is '幺' or '一';

    private static bool IsRadioMobile(string folded, Reading r) =>
        r.Digits.Length == 11 && r.Digits[0] == '1' && r.Digits[1] is >= '3' and <= '9'
        && folded.AsSpan(r.Start, r.End - r.Start).IndexOfAny('洞', '拐') >= 0;

    // 〇 is a letter-number, neither a letter nor a digit to char's tests.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '〇';

    private static bool IsJoinedScript(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u3040' and <= '\u30FF' or >= '\u0E00' and <= '\u0E7F' or '〇';

    private readonly record struct Reading(int Start, int End, string Digits, int Words);

    private static Reading? Read(string s, int start)
    {
        var digits = new StringBuilder();
        var group = -1;
        var last = Kind.Et;
        int i = start, end = start, words = 0, gap = 0;
        void Flush()
        {
            if (group >= 0) digits.Append(group.ToString(System.Globalization.CultureInfo.InvariantCulture));
            group = -1;
        }
        // No number is longer than MaxDigits: a longer run of digit words is read no further (cost: a long run after
        // every cue would otherwise be walked to its end at each one).
        while (i < s.Length && digits.Length <= MaxDigits)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                var run = i;
                while (run < s.Length && char.IsAsciiDigit(s[run])) run++;
                // Digits glued to letters are a code or an amount (10rb), not part of the number.
                if ((i > 0 && char.IsAsciiLetter(s[i - 1])) || (run < s.Length && char.IsAsciiLetter(s[run]))) break;
                Flush();
                digits.Append(s, i, run - i);
                i = end = run;
                last = Kind.Et;
                gap = 0;
                continue;
            }
            if (!IsWordChar(c))
            {
                // Groups are split by spaces, commas, hyphens, 、 and ・; a sentence end or a wide gap ends the number.
                if (c is '.' or '!' or '?' or '\n' or '。' || ++gap > 3 || digits.Length + (group >= 0 ? 1 : 0) == 0) break;
                i++;
                continue;
            }
            // Japanese joins the groups with の (〇八〇 の 三九一七 の 二二〇五).
            if (c == 'の' && digits.Length + (group >= 0 ? 1 : 0) > 0)
            {
                if (++gap > 3) break;
                i++;
                continue;
            }
            if (Match(s, i) is not { } w) break;
            if (w.Kind == Kind.Et)
            {
                // "vingt et un": the "et" joins a ten and its unit only.
                if (last != Kind.Ten) break;
                i += w.Key.Length;
                continue;
            }
            Add(w, ref group, ref last, Flush);
            words++;
            i += w.Key.Length;
            end = i;
            gap = 0;
        }
        Flush();
        return digits.Length == 0 ? null : new Reading(start, end, digits.ToString(), words);
    }

    // French pairs: soixante + dix + huit = 78, quatre + vingt + douze = 92; every other word is one digit.
    private static void Add(Word w, ref int group, ref Kind last, Action flush)
    {
        switch (w.Kind)
        {
            case Kind.Digit when last == Kind.Ten && group >= 20 && group % 10 == 0 && w.Value > 0:
            case Kind.Digit when last == Kind.Teen && group % 100 is 10 or 70 or 90 && w.Value >= 7:
            case Kind.Teen when last == Kind.Ten && group is 60 or 80:
                group += w.Value;
                last = w.Kind == Kind.Teen && w.Value == 10 ? Kind.Teen : Kind.Digit;
                return;
            case Kind.Vingt when last == Kind.Digit && group == 4:
                group = 80;
                last = Kind.Ten;
                return;
        }
        flush();
        group = w.Value;
        last = w.Kind switch
        {
            Kind.Vingt => Kind.Ten,
            Kind.Teen => w.Value == 10 ? Kind.Teen : Kind.Digit,
            _ => w.Kind,
        };
    }

    private static Word? Match(string s, int i)
    {
        foreach (var w in Words)
        {
            if (!s.AsSpan(i).StartsWith(w.Key, StringComparison.Ordinal)) continue;
            if (w.Latin && ((i > 0 && char.IsAsciiLetter(s[i - 1])) || (i + w.Key.Length < s.Length && char.IsAsciiLetter(s[i + w.Key.Length])))) continue;
            return w;
        }
        return null;
    }

    private static Word[] Build()
    {
        var words = new List<Word>();
        void Put(Kind kind, int value, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                var key = new StringBuilder();
                foreach (var rune in spelling.EnumerateRunes()) key.Append(FoldingTable.FoldSlow(rune.Value));
                words.Add(new Word(key.ToString(), value, kind, char.IsAsciiLetter(spelling[0])));
            }
        }
        // Sino-Korean
        Put(Kind.Digit, 0, "공", "영"); Put(Kind.Digit, 1, "일"); Put(Kind.Digit, 2, "이"); Put(Kind.Digit, 3, "삼"); Put(Kind.Digit, 4, "사");
        Put(Kind.Digit, 5, "오"); Put(Kind.Digit, 6, "육", "륙"); Put(Kind.Digit, 7, "칠"); Put(Kind.Digit, 8, "팔"); Put(Kind.Digit, 9, "구");
        // Japanese, hiragana and katakana (し and く, also particles, are left out)
        Put(Kind.Digit, 0, "ぜろ", "れい", "ゼロ", "レイ"); Put(Kind.Digit, 1, "いち", "イチ"); Put(Kind.Digit, 2, "にー", "に", "ニー", "ニ");
        Put(Kind.Digit, 3, "さん", "サン"); Put(Kind.Digit, 4, "よん", "ヨン"); Put(Kind.Digit, 5, "ごー", "ご", "ゴー", "ゴ");
        Put(Kind.Digit, 6, "ろく", "ロク"); Put(Kind.Digit, 7, "なな", "しち", "ナナ", "シチ"); Put(Kind.Digit, 8, "はち", "ハチ");
        Put(Kind.Digit, 9, "きゅう", "きゅー", "キュウ", "キュー");
        // Japanese kanji numerals between の (the normalizer reads them inside a run of digits only)
        Put(Kind.Digit, 0, "〇"); Put(Kind.Digit, 1, "一"); Put(Kind.Digit, 2, "二"); Put(Kind.Digit, 3, "三"); Put(Kind.Digit, 4, "四");
        Put(Kind.Digit, 5, "五"); Put(Kind.Digit, 6, "六"); Put(Kind.Digit, 7, "七"); Put(Kind.Digit, 8, "八"); Put(Kind.Digit, 9, "九");
        // Thai
        Put(Kind.Digit, 0, "ศูนย์"); Put(Kind.Digit, 1, "หนึ่ง"); Put(Kind.Digit, 2, "สอง"); Put(Kind.Digit, 3, "สาม"); Put(Kind.Digit, 4, "สี่");
        Put(Kind.Digit, 5, "ห้า"); Put(Kind.Digit, 6, "หก"); Put(Kind.Digit, 7, "เจ็ด"); Put(Kind.Digit, 8, "แปด"); Put(Kind.Digit, 9, "เก้า");
        // Vietnamese, folded (không, một, bốn, năm, sáu, bảy, tám, chín)
        Put(Kind.Digit, 0, "khong", "linh"); Put(Kind.Digit, 1, "mot"); Put(Kind.Digit, 2, "hai"); Put(Kind.Digit, 3, "ba"); Put(Kind.Digit, 4, "bon");
        Put(Kind.Digit, 5, "nam"); Put(Kind.Digit, 6, "sau"); Put(Kind.Digit, 7, "bay"); Put(Kind.Digit, 8, "tam"); Put(Kind.Digit, 9, "chin");
        // French, folded (zéro)
        Put(Kind.Digit, 0, "zero"); Put(Kind.Digit, 1, "un", "une"); Put(Kind.Digit, 2, "deux"); Put(Kind.Digit, 3, "trois"); Put(Kind.Digit, 4, "quatre");
        Put(Kind.Digit, 5, "cinq"); Put(Kind.Digit, 6, "six"); Put(Kind.Digit, 7, "sept"); Put(Kind.Digit, 8, "huit"); Put(Kind.Digit, 9, "neuf");
        Put(Kind.Teen, 10, "dix"); Put(Kind.Teen, 11, "onze"); Put(Kind.Teen, 12, "douze"); Put(Kind.Teen, 13, "treize"); Put(Kind.Teen, 14, "quatorze");
        Put(Kind.Teen, 15, "quinze"); Put(Kind.Teen, 16, "seize");
        Put(Kind.Vingt, 20, "vingt", "vingts"); Put(Kind.Ten, 30, "trente"); Put(Kind.Ten, 40, "quarante"); Put(Kind.Ten, 50, "cinquante"); Put(Kind.Ten, 60, "soixante");
        Put(Kind.Et, 0, "et");
        // Indonesian and Malay (nol delapan lima dua…)
        Put(Kind.Digit, 0, "nol", "kosong"); Put(Kind.Digit, 1, "satu"); Put(Kind.Digit, 2, "dua"); Put(Kind.Digit, 3, "tiga"); Put(Kind.Digit, 4, "empat");
        Put(Kind.Digit, 5, "lima"); Put(Kind.Digit, 6, "enam"); Put(Kind.Digit, 7, "tujuh"); Put(Kind.Digit, 8, "delapan", "lapan"); Put(Kind.Digit, 9, "sembilan");
        // Chinese read out as on the radio (幺五八 洞拐洞 …): 幺 1, 两 2, 拐 7, 洞 0; the normalizer reads 幺 and 两 but not 拐 or 洞.
        // 零 is left to the normalizer's digit runs, which read a number in plain numerals whole.
        Put(Kind.Digit, 0, "洞"); Put(Kind.Digit, 1, "幺"); Put(Kind.Digit, 2, "两"); Put(Kind.Digit, 7, "拐");
        // Longest first, so きゅう is not read as a shorter key and "une" not cut to "un".
        return [.. words.Where(w => w.Key.Length > 0).OrderByDescending(w => w.Key.Length)];
    }
}
