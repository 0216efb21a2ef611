using System.Collections.Frozen;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Emoji read as what they stand for in this trade, so the term lists see the word: 🐧 is QQ (企鹅), 🍑宝 淘宝, 🛰️ a homophone
/// of 微信 (卫星), ✈️ Telegram (飞机), 📞 a phone, 🌿/❄️/💊/⛽ drugs, 🧧 a red packet and 🎁 a gift for a review, 🐷/🐶/💩 insults, 🥇 first place.
/// Only emoji whose other meanings leave the word inert are here (💚 as a colour or a thank-you reads 绿泡泡 with no cue or
/// account beside it); an emoji not listed stays a separator. 👻 (Snapchat) and 🟢 stay out: the ghost is also a ghost gun,
/// a Halloween print and "gone", the circle a charging light, and the app's name read there would make an account of the
/// next word ("ghost gun parts snapchat no paperwork").
/// </summary>
public static class EmojiMeanings
{
    private static readonly FrozenDictionary<int, string> Map = new Dictionary<int, string>
    {
        [0x1F427] = "企鹅",           // 🐧 QQ
        [0x1F360] = "小红薯",         // 🍠 小红书's nickname
        [0x1F351] = "桃",             // 🍑 (🍑宝 = 桃宝 = 淘宝)
        [0x1F4AC] = "微信",           // 💬
        [0x1F6F0] = "卫星",           // 🛰 (卫星 ≈ 微信)
        [0x1F49A] = "绿泡泡",         // 💚 WeChat's green bubble (加💚 kefu66731, 💚搜 …)
        [0x2708] = "飞机",            // ✈ Telegram
        [0x1F6E9] = "飞机",           // 🛩
        [0x1F4DE] = "电话",           // 📞
        [0x260E] = "电话",            // ☎
        [0x1F4F1] = "电话",           // 📱
        [0x1F4F2] = "电话",           // 📲
        [0x1F4E7] = "邮箱",           // 📧
        [0x2709] = "邮箱",            // ✉
        [0x1F4E9] = "邮箱",           // 📩
        [0x2795] = "加",              // ➕
        [0x1F33F] = "叶子",           // 🌿
        [0x1F343] = "叶子",           // 🍃
        [0x1F341] = "叶子",           // 🍁
        [0x2744] = "冰",              // ❄
        [0x1F48A] = "药丸",           // 💊
        [0x1F344] = "蘑菇",           // 🍄
        [0x26FD] = "gas",             // ⛽ potent cannabis in street slang (a strain word or a weight must stand beside it)
        [0x1F9E7] = "红包",           // 🧧
        [0x1F381] = "礼品",           // 🎁 a gift ("5⭐ = 🎁" promises one for the stars)
        [0x1F4B0] = "现金",           // 💰
        [0x1F4B5] = "现金",           // 💵
        [0x1F4B8] = "现金",           // 💸 money paid out ("⭐⭐⭐⭐⭐ + 📸 = 💸 back")
        [0x1F437] = "猪",             // 🐷
        [0x1F416] = "猪",             // 🐖
        [0x1F436] = "狗",             // 🐶
        [0x1F415] = "狗",             // 🐕
        [0x1F4A9] = "垃圾",           // 💩
        [0x1F921] = "小丑",           // 🤡
        [0x1F947] = "第一",           // 🥇 rank one (🥇品质, "🥇 in the world": C8 reads the claim beside it)
        [0x1F595] = "操",             // 🖕
    }.ToFrozenDictionary();

    public static bool TryGet(int codePoint, out string meaning) => Map.TryGetValue(codePoint, out meaning!);
}
