using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a regular teasing the shop and taking it back in the same message (奸商！又涨价了 哈哈开玩笑的 老规矩两斤; "thieves,
/// lol jk, same again please") is banter, not an insult: the word is followed by the sender's own "just kidding".
/// Threats are never excused this way: the detector asks this of insults and curses only.
/// </summary>
public static partial class InsultSaidInJest
{
    /// <summary>How far after the term the taking-back may start (characters of the folded text).</summary>
    private const int Reach = 30;

    /// <summary>Whether the sender takes back the term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text as a joke.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end) =>
        end > start && JustKidding().IsMatch(folded[end..Math.Min(folded.Length, end + Reach)]);

    [GeneratedRegex(@"开(?:个)?玩笑(?:的|啦|嘛|呢|哈)|開(?:個)?玩笑(?:的|啦|嘛|呢|哈)|逗你(?:的|玩)|说笑(?:的|啦)|說笑(?:的|啦)|讲笑(?:咋|啫|㗎|嘅)|講笑(?:咋|啫|㗎|嘅)|\b(?:jk|j/k|just\s+kidding|just\s+joking|only\s+joking|kidding)\b", RegexOptions.CultureInvariant)]
    private static partial Regex JustKidding();
}
