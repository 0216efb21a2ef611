using System.Buffers;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C3 (RULES.md: pornographic and vulgar content): harassment of the person at the desk that names nudity, underwear,
/// a body, a bed or a night is vulgar content as well as abuse. Asked only where a harassment pattern matched, so a
/// lingerie shop's "内衣尺码" or "sleeps two" never reaches it. The patterns block alone, and so does this C3 finding;
/// the held innuendo rules of <c>Lexicons/abuse.json</c> name C3 in their own data instead (<c>alsoLabels</c> of
/// <c>underwear-ask</c>), where the ask itself is the explicit part and a moderator judges it.
/// </summary>
public static class ExplicitSexualWords
{
    private static readonly SearchValues<string> Words = SearchValues.Create(
    [
        "裸", "胸", "内衣", "內衣", "内裤", "內褲", "睡", "骚", "騷", "一晚", "过夜", "過夜", "脱光", "脫光", "满足", "滿足", "舒服",
        "三围", "三圍", "罩杯", "比基尼", "泳装", "泳裝", "身材", "腿照", "穿少", "床上", "腹肌", "性感", "包夜", "多少钱", "多少錢",
        "nude", "naked", "boob", "tits", "lingerie", "underwear", "bikini", "in bed", "a night", "the night", "one night",
        "wearing", "sexy",
        // The sexual act or an intimate photo asked of the person (C3 wherever a harassment pattern found the ask).
        "开房", "開房", "开个房", "開個房", "看腿", "sit on my", "made me hard", "suck my", "bend you over", "bend u over",
        "dick pic", "d1ck pic", "d*ck pic", "nudes", "n00dz", "noodz", "b**bs", "t*ts", "t1ts", "thong", "panties", "no bra",
        "bra size", "cup size", "without the top", "no top", "wearing nothing", "without clothes", "bugil", "to fk you", "to fuck you",
        // 🍑 is read as 桃 in the folded text; asked only where a harassment pattern matched ("send 🍑 pic").
        "🍆", "💦", "桃", "calcinha", "ropa interior", "lingerie", "ночь",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool In(ReadOnlySpan<char> text) => text.IndexOfAny(Words) >= 0;
}
