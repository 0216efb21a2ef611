using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a regular teasing the shop and taking it back in the same message (奸商！又涨价了 哈哈开玩笑的 老规矩两斤; "thieves,
/// lol jk, same again please") is banter, not an insult: the word is followed by the sender's own "just kidding". So is a
/// suspicion the sender held and takes back (我以为是骗子店哈哈，没想到质量这么好, BLK28): the word is what they once thought,
/// and 没想到 says it proved wrong; 你们就是骗子店 keeps no such frame.
/// Threats are never excused this way: the detector asks this of insults and curses only.
/// </summary>
public static partial class InsultSaidInJest
{
    /// <summary>How far after the term the taking-back may start (characters of the folded text).</summary>
    private const int Reach = 30;

    /// <summary>Whether the sender takes back the term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text as a joke.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end)
    {
        if (end <= start) return false;
        var after = folded[end..Math.Min(folded.Length, end + Reach)];
        return JustKidding().IsMatch(after) || (FormerBelief().IsMatch(folded[Math.Max(0, start - BeliefReach)..start]) && ProvedWrong().IsMatch(after));
    }

    /// <summary>How far before the term the sender's former belief (以为是) may start (characters of the folded text).</summary>
    private const int BeliefReach = 12;

    [GeneratedRegex(@"(?:以为|以為)(?:是|你们是|你們是|这是|這是)?(?:个|個|一个|一個|家)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FormerBelief();

    // Only words that say the belief proved wrong: 结果/原来 may as well confirm it (结果真是骗子).
    [GeneratedRegex(@"没想到|沒想到|想不到|谁知|誰知", RegexOptions.CultureInvariant)]
    private static partial Regex ProvedWrong();

    [GeneratedRegex(@"开(?:个)?玩笑(?:的|啦|嘛|呢|哈)|開(?:個)?玩笑(?:的|啦|嘛|呢|哈)|逗你(?:的|玩)|说笑(?:的|啦)|說笑(?:的|啦)|讲笑(?:咋|啫|㗎|嘅)|講笑(?:咋|啫|㗎|嘅)|\b(?:jk|j/k|just\s+kidding|just\s+joking|only\s+joking|kidding)\b", RegexOptions.CultureInvariant)]
    private static partial Regex JustKidding();
}
