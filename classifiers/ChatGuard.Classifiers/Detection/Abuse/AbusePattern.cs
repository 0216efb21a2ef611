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
/// <param name="KeysStartWords">
/// The keys that begin with a Latin letter count only at the start of a word: short English keys ("rat", "pos", "men",
/// "git") sit inside "great", "deposit", "payment" and "digital", and let the pattern run on most English chat.
/// </param>
public readonly record struct AbusePattern(Regex Regex, AbuseKind Kind, SearchValues<string>? Keys = null, bool KeysStartWords = false)
{
    /// <summary>Whether the pattern could match <paramref name="text"/>: false only when no key is in it (where a word starts).</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (Keys is null) return true;
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(Keys);
            if (at < 0) return false;
            at += from;
            if (!KeysStartWords || !char.IsAsciiLetter(text[at]) || at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1])) return true;
            from = at + 1;
        }
        return false;
    }
}
