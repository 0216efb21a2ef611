using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: an insult word said of no one in the chat — the sender about themself (我真的是白痴，下错颜色了; "I'm such an
/// idiot"), about their pet (我家的猫很白痴), or an anti-fraud notice about whoever poses as the platform ("anyone
/// claiming to be official support is a scammer", 冒充客服的都是骗子). Independent writers put all three among the
/// look-alikes; each was blocked as an insult.
/// </summary>
public static partial class InsultAimedAtNoOneHere
{
    /// <summary>How far before the term the subject may start (characters of the folded text).</summary>
    private const int Window = 90;

    /// <summary>Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is said of the sender, a pet or a hypothetical scammer.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end)
    {
        var before = folded[Math.Max(0, start - Window)..start];
        if (SelfOrPet().IsMatch(before)) return true;
        // The scam word may sit inside a longer match ("your dms is a scammer"): the impostor frame ends right before it.
        var scamWord = folded[start..end].IndexOfAny(ScamWords);
        return scamWord >= 0 && WhoeverPoses().IsMatch(folded[Math.Max(0, start - Window)..(start + scamWord)]);
    }

    private static readonly SearchValues<string> ScamWords = SearchValues.Create(["骗", "scam", "fraud"], StringComparison.Ordinal);

    // 我(自己)(真的/简直…)是/太/很(个) / 我家的猫很… right before the term — a copula or degree word, so a bare 我 before a
    // threat (我每天来骂你) or a demand (快回我 sb) is not self-talk; "i'm (such) an", "i was so".
    [GeneratedRegex("""
        (?:^|[^你您他她它们們])(?:我自己|我|(?:我家的?|家里的?|家裡的?)?(?:猫咪|猫猫|猫|狗狗|狗子|狗|主子))(?:真的|真|就|简直|也|都|实在|實在|太|好|有点|有點|超|很|是不是)*(?:是|像|太|好|很|真|超|有点|有點)(?:个|個|一个|一個|一只|一隻|只)?\s*$
        | \bi\s*(?:'m|m|am|was|feel|felt)\s+(?:such\s+|so\s+|really\s+|just\s+|being\s+)*(?:an?\s+|like\s+an?\s+)?$
        | \bmy\s+(?:cat|dog|puppy|kitten)\s+(?:is|was)\s+(?:such\s+|so\s+|a\s+)*$
        | \bmy\s+(?:own\s+)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SelfOrPet();

    // "anyone/whoever claiming … is a", 冒充/自称…的都是: the notice's hypothetical impostor.
    [GeneratedRegex("""
        \b(?:anyone|anybody|whoever|those)\b[^.!?。！？]{0,120}\b(?:is|are)\s+(?:an?\s+|just\s+an?\s+)?$
        | (?:冒充|自称|自稱|假冒|假扮)[^。！？!?]{0,30}(?:的|者)(?:人)?(?:都|均|全|一律)?(?:是)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WhoeverPoses();
}
