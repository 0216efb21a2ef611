using System.Collections.Frozen;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Traditional → simplified Chinese, one character at a time, from the table <c>Data/t2s.txt</c>
/// that <c>Data/generate_t2s.py</c> generates from Unihan (Debian unicode-data) and OpenCC's character table (Debian
/// libopencc-data; NuGet serves no Chinese-conversion package), preferring the common simplified form.
/// Characters that are also valid simplified characters are not in the table, so nothing is over-folded.
/// </summary>
public static class TraditionalToSimplified
{
    private static readonly FrozenDictionary<int, int> Map = Load();

    public static int Count => Map.Count;

    /// <summary>The simplified form of <paramref name="codePoint"/>, or the code point itself.</summary>
    public static int Fold(int codePoint) => Map.TryGetValue(codePoint, out var simplified) ? simplified : codePoint;

    private static FrozenDictionary<int, int> Load()
    {
        using var stream = typeof(TraditionalToSimplified).Assembly.GetManifestResourceStream("ChatGuard.Classifiers.Normalization.Data.t2s.txt")
            ?? throw new InvalidOperationException("embedded resource t2s.txt is missing");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<int, int>(7000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var trad = char.ConvertToUtf32(line, 0);
            var simplified = char.ConvertToUtf32(line, char.IsSurrogatePair(line, 0) ? 2 : 1);
            map[trad] = simplified;
        }
        return map.ToFrozenDictionary();
    }
}
