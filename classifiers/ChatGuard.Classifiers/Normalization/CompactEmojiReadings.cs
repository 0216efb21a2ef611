using System.Collections.Frozen;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// C3 (001 §2.5–2.6, 004 §2.7): emoji of sex and drug talk, read as a word in the compact view only, so the term lists
/// (sexual_emoji.json) can name the combinations — 🍆💦, 👅🍑, 🔞 with a link, 🔌 (the plug, a dealer) with a drug. The
/// folded view keeps the emoji themselves because the abuse lexicon matches them there (🍆 aimed at the agent), which an
/// <see cref="EmojiMeanings"/> reading would hide. Each word is inert alone: a vegetable, a drop of water, a tongue, a
/// smirk, an age mark, a charger's plug.
/// </summary>
public static class CompactEmojiReadings
{
    private static readonly FrozenDictionary<int, string> Map = new Dictionary<int, string>
    {
        [0x1F346] = "茄子",           // 🍆
        [0x1F4A6] = "水滴",           // 💦
        [0x1F445] = "舌头",           // 👅
        [0x1F60F] = "坏笑",           // 😏
        [0x1F51E] = "十八禁",         // 🔞
        [0x1F50C] = "插头",           // 🔌
    }.ToFrozenDictionary();

    /// <summary>The longest reading, for sizing the compact view (a reading replaces a two-character surrogate pair).</summary>
    public const int MaxLength = 3;

    public static bool TryGet(int codePoint, out string reading) => Map.TryGetValue(codePoint, out reading!);
}
