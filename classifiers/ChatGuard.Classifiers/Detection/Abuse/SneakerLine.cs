using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 precision: "SB" before a sneaker model or after Nike is Nike's skateboarding line (SB Dunk, Nike SB Blazer), a
/// product a buyer asks about, not the insult the same two letters spell.
/// </summary>
public static partial class SneakerLine
{
    /// <summary>Whether the match at [<paramref name="start"/>, +<paramref name="length"/>) of the folded text is SB naming the line.</summary>
    public static bool Names(ReadOnlySpan<char> folded, int start, int length)
    {
        var match = folded.Slice(start, length);
        if (match is not ("sb" or "s b")) return false;
        var before = folded[..start].TrimEnd();
        return before.EndsWith("nike", StringComparison.Ordinal) || Model().IsMatch(folded[(start + length)..]);
    }

    [GeneratedRegex(@"^\s?(?:dunks?|blazers?|janoski|nyjah|zoom|force|react|chron|ishod|pogo|bruin|lows?|highs?|mids?|联名|板鞋|鞋|系列)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Model();
}
