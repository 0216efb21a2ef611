namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// The order a message's code points appear on screen, as far as directional overrides decide it: LRO/RLO
/// (U+202D/U+202E) force their text left-to-right or right-to-left until PDF (U+202C), a matching isolate end or the
/// end of the line; the other embeddings and isolates nest without reordering (Latin, CJK and digits are
/// left-to-right text). Levels are assigned as the Unicode bidi algorithm does for overrides (X1–X8), and runs are
/// reversed from the highest level down (L2). Full right-to-left script resolution is not needed: it is the
/// override that lets a sender show <c>139 0013 8000</c> while typing it backwards.
/// </summary>
public static class DisplayOrder
{
    private const char Lre = '\u202A', Rle = '\u202B', Pdf = '\u202C', Lro = '\u202D', Rlo = '\u202E';
    private const char Lri = '\u2066', Rli = '\u2067', Fsi = '\u2068', Pdi = '\u2069';
    private const int MaxDepth = 125; // the bidi algorithm's own bound (BD2)

    /// <summary>Whether the text has an override that can change the display order.</summary>
    public static bool HasOverride(string text) => text.AsSpan().IndexOfAny(Lro, Rlo) >= 0;

    /// <summary>The UTF-16 index of each code point of <paramref name="text"/>, in display order.</summary>
    public static int[] Of(string text)
    {
        var starts = CodePointStarts(text);
        if (!HasOverride(text)) return starts;
        var levels = new int[starts.Length];
        var stack = new Stack<int>();
        var level = 0;
        for (var k = 0; k < starts.Length; k++)
        {
            var c = text[starts[k]];
            switch (c)
            {
                case Rlo when stack.Count < MaxDepth:
                    stack.Push(level);
                    level = (level + 1) | 1; // next odd level
                    break;
                case Lro when stack.Count < MaxDepth:
                    stack.Push(level);
                    level = (level + 2) & ~1; // next even level
                    break;
                case Lre or Rle or Lri or Rli or Fsi when stack.Count < MaxDepth:
                    stack.Push(level);
                    break;
                case Pdf or Pdi when stack.Count > 0:
                    level = stack.Pop();
                    break;
                case '\n' or '\r' or '\u2029':
                    stack.Clear();
                    level = 0;
                    break;
            }
            levels[k] = level;
        }
        var max = levels.Max();
        for (var l = max; l >= 1; l--)
        {
            for (var k = 0; k < starts.Length;)
            {
                if (levels[k] < l) { k++; continue; }
                var end = k;
                while (end < starts.Length && levels[end] >= l) end++;
                Array.Reverse(starts, k, end - k);
                Array.Reverse(levels, k, end - k);
                k = end;
            }
        }
        return starts;
    }

    /// <summary>The display order read right to left.</summary>
    public static int[] Reversed(string text)
    {
        var order = Of(text);
        Array.Reverse(order);
        return order;
    }

    /// <summary>The first visible code point of each line, in display order; empty for fewer than three lines.</summary>
    public static int[] Acrostic(string text)
    {
        var order = Of(text);
        var firsts = new List<int>();
        var atLineStart = true;
        foreach (var i in order)
        {
            var c = text[i];
            if (c is '\n' or '\u2029') { atLineStart = true; continue; }
            if (!atLineStart || char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
            firsts.Add(i);
            atLineStart = false;
        }
        return firsts.Count >= 3 ? [.. firsts] : [];
    }

    private static int[] CodePointStarts(string text)
    {
        var starts = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) starts.Add(i);
        return [.. starts];
    }
}
