using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 precision: "SB" before a sneaker model or a product-line word, or after Nike, is Nike's skateboarding line (SB Dunk,
/// Nike SB Blazer, the SB 系列), a product a buyer asks about, not the insult the same two letters spell.
/// </summary>
public static partial class SneakerLine
{
    /// <summary>Whether the match at [<paramref name="start"/>, +<paramref name="length"/>) of a view (folded or compact) is SB naming the line.</summary>
    public static bool Names(ReadOnlySpan<char> view, int start, int length)
    {
        var match = view.Slice(start, length);
        if (match is not ("sb" or "s b")) return false;
        var before = view[..start].TrimEnd();
        return before.EndsWith("nike", StringComparison.Ordinal) || Model().IsMatch(view[(start + length)..]);
    }

    [GeneratedRegex(@"^\s?(?:dunks?|blazers?|janoski|nyjah|zoom|force|react|chron|ishod|pogo|bruin|lows?|highs?|mids?|line|series|collection|联名|板鞋|鞋|系列)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Model();
}
