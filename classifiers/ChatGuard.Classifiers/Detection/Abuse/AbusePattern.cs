using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// One C2 pattern of <see cref="AbuseLexicon"/> with its kind and, for the costly ones, the literals every match
/// contains (<paramref name="Keys"/>): a text holding none of them cannot match, and is not given to the regex.
/// Cost (issue 16): a pattern with a common first character (你, 是, 有, most Latin letters) tried a match at
/// nearly every character of ordinary chat; one vectorized search for its keys rules most messages out.
/// </summary>
/// <param name="Keys">Null: the pattern runs on every text (its own first-character search is cheap enough).</param>
public readonly record struct AbusePattern(Regex Regex, AbuseKind Kind, SearchValues<string>? Keys = null)
{
    /// <summary>Whether the pattern could match <paramref name="text"/>: false only when no key is in it.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => Keys is null || text.IndexOfAny(Keys) >= 0;
}
