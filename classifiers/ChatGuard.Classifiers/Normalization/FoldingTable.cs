using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// What each character becomes in the folded view: compatibility decomposition (NFKD: full-width → half-width,
/// circled and super/subscript digits, ligatures, compatibility ideographs), combining marks dropped
/// (diacritics, keycap enclosures, and the 10k-combining-mark attack), invisibles dropped (zero-width spaces
/// and joiners, bidi controls, variation selectors, fillers), every whitespace read as a space, case folded,
/// every script's decimal digits and the dingbat digits read as ASCII digits, traditional Chinese folded to simplified, star symbols read as 星 (5⭐ = 5星),
/// trade emoji read as the word they stand for (<see cref="EmojiMeanings"/>: 🐧 = 企鹅).
/// Each BMP character is folded once, on first sight, and cached in a 64K table: the hot path is one array
/// read per character. Concurrent first sights compute the same value, so the races are harmless.
/// </summary>
internal static class FoldingTable
{
    private const char Unknown = '\0';
    private const char Removed = '\uFFFF';
    private const char Expands = '\uFFFE';

    private static readonly char[] Single = new char[0x10000];
    private static readonly ConcurrentDictionary<char, string> Expansions = new();

    /// <summary>The longest expansion of a single character (NFKD of U+FDFA is 18 characters).</summary>
    public const int MaxExpansion = 32;

    /// <summary>Writes what BMP character <paramref name="c"/> folds to; returns how many characters that was.</summary>
    public static int Fold(char c, Span<char> destination)
    {
        var single = Single[c];
        if (single == Unknown) single = Learn(c);
        if (single == Removed) return 0;
        if (single != Expands)
        {
            destination[0] = single;
            return 1;
        }
        var expansion = Expansions[c];
        expansion.AsSpan().CopyTo(destination);
        return expansion.Length;
    }

    private static char Learn(char c)
    {
        if (char.IsSurrogate(c)) return Single[c] = c;
        var folded = FoldSlow(c);
        char entry;
        if (folded.Length == 0) entry = Removed;
        else if (folded.Length == 1 && folded[0] is not (Unknown or Removed or Expands)) entry = folded[0];
        else
        {
            Expansions[c] = folded[..Math.Min(folded.Length, MaxExpansion)];
            entry = Expands;
        }
        return Single[c] = entry;
    }

    /// <summary>The folding rule itself; the table caches it for the BMP, supplementary code points call it directly.</summary>
    public static string FoldSlow(int codePoint)
    {
        if (IsInvisible(codePoint)) return "";
        if (EmojiMeanings.TryGet(codePoint, out var meaning)) return meaning;
        if (codePoint is 0x2B50 or 0x2605 or 0x2606 or 0x1F31F) return "星";
        // Negative circled and squared letters (🅰️货, 🅥🅧) have no compatibility form: they spell the letter.
        if (codePoint is >= 0x1F150 and <= 0x1F169) return ((char)('a' + codePoint - 0x1F150)).ToString();
        if (codePoint is >= 0x1F170 and <= 0x1F189) return ((char)('a' + codePoint - 0x1F170)).ToString();
        // Small capitals (ᴍɪʀʀᴏʀ ǫᴜᴀʟɪᴛʏ) have no compatibility form either: "fancy text" generators spell plain words with them.
        if (codePoint <= 0xFFFF && SmallCapitals.IndexOf((char)codePoint) is var letter and >= 0) return ((char)('a' + letter)).ToString();
        var s = char.ConvertFromUtf32(codePoint);
        if (char.IsWhiteSpace(s, 0)) return " ";
        // Hangul syllables would decompose into jamo; CJK ideographs are their own NFKD form.
        if (codePoint is not (>= 0xAC00 and <= 0xD7A3) && !(codePoint is >= 0x4E00 and <= 0x9FFF))
            s = s.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1)
        {
            var cp = char.ConvertToUtf32(s, i);
            if (IsInvisible(cp)) continue;
            if (char.IsWhiteSpace(s, i)) { sb.Append(' '); continue; }
            // Every script's decimal digits (١٣٩, १३९, ๑๓๙) read as ASCII digits: a number is a number in any script.
            if (CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.DecimalDigitNumber && CharUnicodeInfo.GetDecimalDigitValue(s, i) is >= 0 and var digit)
            {
                sb.Append((char)('0' + digit));
                continue;
            }
            // C1: the dingbat digits (➊❾⓿, ➀➈) have no compatibility form; their numeric value is the digit they spell.
            if (CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.OtherNumber && CharUnicodeInfo.GetNumericValue(s, i) is var number
                && number is >= 0 and <= 9 && number == Math.Floor(number))
            {
                sb.Append((char)('0' + (int)number));
                continue;
            }
            var folded = TraditionalToSimplified.Fold(cp);
            var text = char.ConvertFromUtf32(folded);
            sb.Append(text.Length == 1 ? char.ToLowerInvariant(text[0]) : text);
        }
        return sb.ToString();
    }

    /// <summary>The small capital of each letter a–z, in order (ǫ, an o with ogonek, stands in for the q that has none).</summary>
    private const string SmallCapitals = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ";

    private static bool IsInvisible(int codePoint)
    {
        if (codePoint is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E or 0xFFFC or 0xFFFE or 0xFFFF) return true; // fillers, blank glyphs, non-characters
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            || (category == UnicodeCategory.Control && !char.IsWhiteSpace((char)Math.Min(codePoint, 0xFFFF)));
    }
}
