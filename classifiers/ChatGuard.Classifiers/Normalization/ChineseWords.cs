namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Whether a term hit in Chinese text stands on word boundaries: 有病 in 没有病虫害 does not (没有 / 病虫害), 有病 in
/// 你有病吧 does. Segments a short window around the hit the way jieba does — the most probable path through a
/// word-frequency dictionary (jieba.NET's <c>dict.txt</c>, MIT) — and checks the hit's ends are word ends. jieba.NET
/// itself costs ~250 µs a message; this runs only on a hit, over at most a few dozen characters. The dictionary is
/// loaded on first use.
/// </summary>
public static class ChineseWords
{
    private const int Reach = 10; // characters of context on each side
    private const int MaxWordLength = 8;

    private static readonly Lazy<(Dictionary<string, double> LogProbability, double Unknown)> Dictionary = new(Load);

    /// <summary>Whether [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of <paramref name="text"/> begins and ends on word boundaries.</summary>
    public static bool OnWordBoundaries(string text, int start, int length)
    {
        if (length is <= 0 or > 64) return true; // a long match is a phrase, not a word that could sit inside another
        var end = start + length;
        var from = start;
        while (from > 0 && start - from < Reach && IsHan(text[from - 1])) from--;
        var to = end;
        while (to < text.Length && to - end < Reach && IsHan(text[to])) to++;
        if (from == start && to == end) return true; // nothing around it to form a word with
        Span<int> next = stackalloc int[to - from + 1];
        Segment(text.AsSpan(from, to - from), next);
        bool startsWord = start == from, endsWord = end == to;
        for (var i = 0; i < to - from; i = next[i])
        {
            startsWord |= from + i == start;
            endsWord |= from + next[i] == end;
        }
        return startsWord && endsWord;
    }

    // jieba's route: for each position, the most probable segmentation of the rest (a unigram model).
    private static void Segment(ReadOnlySpan<char> s, Span<int> next)
    {
        var (logP, unknown) = Dictionary.Value;
        var lookup = logP.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<double> best = stackalloc double[s.Length + 1];
        best[s.Length] = 0;
        for (var i = s.Length - 1; i >= 0; i--)
        {
            best[i] = double.NegativeInfinity;
            for (var j = i + 1; j <= s.Length && j - i <= MaxWordLength; j++)
            {
                var word = lookup.TryGetValue(s[i..j], out var p) ? p : j == i + 1 ? unknown : double.NaN;
                if (double.IsNaN(word)) continue;
                var score = word + best[j];
                if (score > best[i]) (best[i], next[i]) = (score, j);
            }
        }
    }

    /// <summary>A CJK unified ideograph (the basic block or extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static (Dictionary<string, double>, double) Load()
    {
        using var stream = typeof(ChineseWords).Assembly.GetManifestResourceStream("ChatGuard.Classifiers.Normalization.Data.jieba-dict.txt")
            ?? throw new InvalidOperationException("embedded resource jieba-dict.txt is missing");
        using var reader = new StreamReader(stream);
        var counts = new Dictionary<string, long>(360_000, StringComparer.Ordinal);
        long total = 0;
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length < 2 || parts[0].Length > MaxWordLength || !long.TryParse(parts[1], out var count) || count <= 0) continue;
            // Traditional entries fold like messages do, so the dictionary reads the folded text.
            var word = string.Concat(parts[0].Select(c => char.ConvertFromUtf32(TraditionalToSimplified.Fold(c))));
            counts[word] = counts.GetValueOrDefault(word) + count;
            total += count;
        }
        var logTotal = Math.Log(total);
        return (counts.ToDictionary(kv => kv.Key, kv => Math.Log(kv.Value) - logTotal, StringComparer.Ordinal), -logTotal);
    }
}
