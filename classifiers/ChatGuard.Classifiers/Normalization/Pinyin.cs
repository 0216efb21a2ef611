using System.Collections.Frozen;
using System.Text;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Toneless pinyin of Han characters, from <c>Data/pinyin.txt</c> that <c>Data/generate_pinyin.py</c> generates from
/// Unihan's kMandarin (Debian unicode-data): the term lists add the pinyin spelling (<c>weixin</c>) and initials
/// (<c>wx</c>, <c>zfb</c>) of their Chinese cue words, so a cue typed in pinyin matches.
/// </summary>
public static class Pinyin
{
    private static readonly FrozenDictionary<char, string> Readings = Load();

    /// <summary>The spelling of <paramref name="han"/> (<c>微信</c> → <c>weixin</c>), or null when a character has no reading.</summary>
    public static string? Spell(string han) => Join(han, initialsOnly: false);

    /// <summary>The initials of <paramref name="han"/> (<c>支付宝</c> → <c>zfb</c>), or null when a character has no reading.</summary>
    public static string? Initials(string han) => Join(han, initialsOnly: true);

    private static string? Join(string han, bool initialsOnly)
    {
        var builder = new StringBuilder(han.Length * 4);
        foreach (var c in han)
        {
            if (!Readings.TryGetValue(c, out var reading)) return null;
            if (initialsOnly) builder.Append(reading[0]);
            else builder.Append(reading);
        }
        return builder.ToString();
    }

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream("ChatGuard.Classifiers.Normalization.Data.pinyin.txt")
            ?? throw new InvalidOperationException("embedded resource pinyin.txt is missing");
        using var reader = new StreamReader(stream);
        var readings = new Dictionary<char, string>(21_000);
        while (reader.ReadLine() is { } line)
            if (line.Length > 1 && line[0] != '#') readings[line[0]] = line[1..];
        return readings.ToFrozenDictionary();
    }
}
