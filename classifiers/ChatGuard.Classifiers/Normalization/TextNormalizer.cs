using System.Buffers;
using System.Globalization;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Builds the folded and compact views of a message (see <see cref="NormalizedText"/>) in two linear passes,
/// with pooled scratch buffers: only the two result strings and their offset maps are allocated. Text is read in
/// display order (<see cref="DisplayOrder"/>): a bidi override is applied, then removed.
/// </summary>
public sealed class TextNormalizer : ITextNormalizer
{
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Normalize(text, DisplayOrder.HasOverride(text) ? DisplayOrder.Of(text) : null);
    }

    public NormalizedText Normalize(string text, TextReading reading)
    {
        ArgumentNullException.ThrowIfNull(text);
        return reading switch
        {
            TextReading.Display => Normalize(text),
            TextReading.Reversed => Normalize(text, DisplayOrder.Reversed(text)),
            TextReading.Acrostic => Normalize(text, DisplayOrder.Acrostic(text)),
            TextReading.Typed => Normalize(text, order: null),
            _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, null),
        };
    }

    /// <param name="order">The UTF-16 index of each code point to read, in reading order; null: as stored.</param>
    private static NormalizedText Normalize(string text, int[]? order)
    {
        var capacity = text.Length + FoldingTable.MaxExpansion;
        var chars = ArrayPool<char>.Shared.Rent(capacity);
        var starts = ArrayPool<int>.Shared.Rent(capacity);
        var ends = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            var length = Fold(text, order, ref chars, ref starts, ref ends);
            MapHomoglyphs(chars.AsSpan(0, length));
            var folded = new TextView(new string(chars, 0, length), starts[..length], ends[..length], inOrder: order is null);
            return Compact(text, folded);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    private static int Fold(string text, int[]? order, ref char[] chars, ref int[] starts, ref int[] ends)
    {
        Span<char> piece = stackalloc char[FoldingTable.MaxExpansion];
        var n = 0;
        var lastWasSpace = true; // drops leading whitespace
        var steps = order?.Length ?? text.Length;
        for (int step = 0, i = 0; order is null ? i < text.Length : step < steps; step++)
        {
            if (order is not null) i = order[step];
            int width, count;
            if (char.IsSurrogatePair(text, i))
            {
                width = 2;
                var slow = FoldingTable.FoldSlow(char.ConvertToUtf32(text, i));
                count = Math.Min(slow.Length, piece.Length);
                slow.AsSpan(0, count).CopyTo(piece);
            }
            else
            {
                width = 1;
                count = FoldingTable.Fold(text[i], piece);
            }
            // C1: a mark folded away (a keycap's enclosure, a variation selector, an accent) belongs to the character before
            // it, so a mask over 1️⃣3️⃣8️⃣… covers the whole number and leaves no stray enclosure behind.
            if (count == 0 && order is null && n > 0 && ends[n - 1] == i && IsMark(text[i])) ends[n - 1] = i + width;
            if (n + count > chars.Length) Grow(ref chars, ref starts, ref ends, n + count);
            for (var k = 0; k < count; k++)
            {
                var c = piece[k];
                if (c == ' ')
                {
                    if (lastWasSpace) continue; // C1: whitespace runs collapse to one space
                    lastWasSpace = true;
                }
                else lastWasSpace = false;
                chars[n] = c;
                starts[n] = i;
                ends[n] = i + width;
                n++;
            }
            if (order is null) i += width;
        }
        if (n > 0 && chars[n - 1] == ' ') n--;
        return n;
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static void Grow(ref char[] chars, ref int[] starts, ref int[] ends, int needed)
    {
        var size = Math.Max(needed, chars.Length * 2);
        var c = ArrayPool<char>.Shared.Rent(size);
        var s = ArrayPool<int>.Shared.Rent(size);
        var e = ArrayPool<int>.Shared.Rent(size);
        chars.CopyTo(c, 0);
        starts.CopyTo(s, 0);
        ends.CopyTo(e, 0);
        ArrayPool<char>.Shared.Return(chars);
        ArrayPool<int>.Shared.Return(starts);
        ArrayPool<int>.Shared.Return(ends);
        (chars, starts, ends) = (c, s, e);
    }

    /// <summary>
    /// A Cyrillic/Greek look-alike becomes its Latin letter when it touches a Latin letter or a digit (leetspeak), and a
    /// whole word of look-alikes does in a message written in Latin letters ("рер Dunk Low" with a Cyrillic рер): a
    /// Russian or Greek message has more of its own letters than Latin ones, and its words seldom use look-alikes only.
    /// </summary>
    private static void MapHomoglyphs(Span<char> s)
    {
        MapLookAlikeWords(s);
        // Two sweeps so a run of look-alikes next to one Latin letter (WhаtsАpp, Τelegram) converts fully.
        for (var sweep = 0; sweep < 2; sweep++)
        {
            for (var k = 0; k < s.Length; k++)
            {
                var i = sweep == 0 ? k : s.Length - 1 - k;
                if (s[i] < 0x80 || !Homoglyphs.TryGetLatin(s[i], out var latin)) continue;
                if ((i > 0 && char.IsAsciiLetterOrDigit(s[i - 1])) || (i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]))) s[i] = latin;
            }
        }
    }

    private static void MapLookAlikeWords(Span<char> s)
    {
        if (!s.ContainsAnyInRange('\u0370', '\u052F')) return;
        int latin = 0, other = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiLetter(c)) latin++;
            else if (c >= 0x370 && c < 0x530 && char.IsLetter(c)) other++; // Greek, Cyrillic and its supplement
        }
        if (other == 0 || latin <= 2 * other) return;
        for (var start = 0; start < s.Length;)
        {
            var end = start;
            var lookAlikes = true;
            while (end < s.Length && char.IsLetter(s[end]))
            {
                lookAlikes &= s[end] >= 0x80 && Homoglyphs.TryGetLatin(s[end], out _);
                end++;
            }
            if (end > start && lookAlikes)
                for (var i = start; i < end; i++) s[i] = Homoglyphs.TryGetLatin(s[i], out var letter) ? letter : s[i];
            start = end + 1;
        }
    }

    private static NormalizedText Compact(string original, TextView folded)
    {
        var f = folded.Text;
        // A compact emoji reading may be longer than the surrogate pair it replaces.
        var capacity = f.Length * CompactEmojiReadings.MaxLength / 2 + 1;
        var chars = ArrayPool<char>.Shared.Rent(capacity);
        var index = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            var n = 0;
            for (var i = 0; i < f.Length; i++)
            {
                var c = f[i];
                var prev = i > 0 ? f[i - 1] : ' ';
                var next = i + 1 < f.Length ? f[i + 1] : ' ';
                if (char.IsSurrogatePair(c, next) && CompactEmojiReadings.TryGet(char.ConvertToUtf32(c, next), out var reading))
                {
                    foreach (var r in reading)
                    {
                        chars[n] = r;
                        index[n] = i;
                        n++;
                    }
                    continue;
                }
                if (LeetSpeak.TryRead(f, i, out var letter)) c = letter;
                else if (c == ':' && char.IsAsciiDigit(prev) && char.IsAsciiDigit(next)) { } // keeps ratios like 1:1
                else if (!char.IsLetterOrDigit(c) && c is not ('$' or '¥' or '€' or '£' or '%')) continue;
                chars[n] = c;
                index[n] = i;
                n++;
            }
            var starts = new int[n];
            var ends = new int[n];
            for (var k = 0; k < n; k++)
            {
                starts[k] = folded.OriginalStart(index[k]);
                ends[k] = folded.OriginalEnd(index[k]);
            }
            var compact = new TextView(new string(chars, 0, n), starts, ends, folded.InOrder);
            return new NormalizedText(original, folded, compact, index[..n]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(index);
        }
    }
}
