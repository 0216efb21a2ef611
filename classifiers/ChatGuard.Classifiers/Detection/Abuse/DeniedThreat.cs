using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: a threat's words under a denial are a promise not to ("we will never leak your details", "don't break your neck in
/// those heels", "nobody will post your address"): a negation at most two words before the match.
/// </summary>
public static partial class DeniedThreat
{
    /// <summary>How far before the match the denial may start (characters of the folded text).</summary>
    private const int Window = 48;

    /// <summary>Whether the threat matched at <paramref name="start"/> of <paramref name="folded"/> is denied right before it.</summary>
    public static bool Before(ReadOnlySpan<char> folded, int start) =>
        Denial().IsMatch(folded[Math.Max(0, start - Window)..start]);

    [GeneratedRegex(@"\b(?:never|not|don'?t|dont|won'?t|wont|shouldn'?t|wouldn'?t|no\ one\ will|nobody\ will|nothing\ will)\ (?:\w+\ ){0,2}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Denial();
}
