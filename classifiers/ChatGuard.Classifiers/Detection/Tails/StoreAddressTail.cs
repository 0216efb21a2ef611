using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1: a street address after an offline-store cue (<c>实体店在杭州四季青服装市场三楼312档</c>,
/// <c>门市地址：台北市信义区松仁路100号2楼</c>): a place word (市, 区, 路, 街, 市场, 大厦…) followed
/// by a number with a unit (号, 楼, 档, 室…), or a street address (<c>25 Main Street</c>), within the same sentence.
/// </summary>
public sealed partial class StoreAddressTail : ITailPattern
{
    [GeneratedRegex(@"\G[^。！？!?\n]{0,12}?\p{IsCJKUnifiedIdeographs}{1,10}?(?:省|市|区|县|镇|路|街|道|巷|弄|村|市场|广场|大厦|商场|商城|中心|城)[^。！？!?\n]{0,16}?[0-9一二三四五六七八九十]{1,5}(?:号楼|号|楼|层|档|室|栋|座|铺|门)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex Address();

    private const int MaxReach = 80;

    // "25 Main Street", "100 W 5th Ave": a house number, up to four words, a street type; in Malaysia and Indonesia the
    // street type comes first ("12 Jalan Ampang", "3 Lorong Maarof").
    [GeneratedRegex(@"\G[^.!?\n]{0,20}?\b[0-9]{1,5}\s(?:[a-z0-9]+\s){1,4}?(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|way|plaza)\b|\G[^.!?\n]{0,20}?\b[0-9]{1,5}[a-z]?,?\s(?:jalan|jln|lorong|lrg|persiaran|lebuh|jl)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex StreetAddress();

    public Evidence Evidence => Evidence.Structured;

    public string Name => "address";

    public (int Start, int End)? Match(NormalizedText text, int foldedIndex)
    {
        if (foldedIndex >= text.Folded.Length) return null;
        try
        {
            var length = Math.Min(MaxReach, text.Folded.Length - foldedIndex);
            var m = Address().Match(text.Folded.Text, foldedIndex, length);
            if (!m.Success) m = StreetAddress().Match(text.Folded.Text, foldedIndex, length);
            return m.Success ? (m.Index, m.Index + m.Length) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
