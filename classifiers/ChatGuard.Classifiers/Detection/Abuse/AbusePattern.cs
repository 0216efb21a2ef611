using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// One C2 pattern of <see cref="AbuseLexicon"/> with its kind and the literals every match contains
/// (<paramref name="Keys"/>): a text holding none of them cannot match, and is not given to the regex.
/// Cost (issue 16): a pattern with a common first character (你, 是, 有, most Latin letters) tried a match at
/// nearly every character of ordinary chat; <see cref="AbusePatternSet"/> looks for every pattern's keys in one pass.
/// </summary>
/// <param name="Keys">The literals, one or more per alternative of the pattern, as the folded text spells them.</param>
/// <param name="KeysStartWords">
/// The keys that begin with a Latin letter count only at the start of a word: short English keys ("rat", "pos", "men",
/// "git") sit inside "great", "deposit", "payment" and "digital", and let the pattern run on most English chat.
/// </param>
/// <param name="Gate">
/// Where no key is found, whether the pattern could still match: for an alternative no literal keys (f.u.c.k, each
/// letter maybe followed by any separator). Null: the keys decide alone.
/// </param>
public readonly record struct AbusePattern(Regex Regex, AbuseKind Kind, string[] Keys, bool KeysStartWords = false, Regex? Gate = null);
