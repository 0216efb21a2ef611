using System.Buffers;

namespace ChatGuard.Classifiers.Detection;

/// <summary>
/// Punctuation that ends a clause, Chinese or Latin, for rules that read within one clause: a term's cue, a reported
/// speech's frame, the thing a swear is aimed at (、 lists terms inside one clause, so it is none). One set, so those rules agree on where a clause ends.
/// </summary>
internal static class ClauseBreaks
{
    public static readonly SearchValues<char> Chars = SearchValues.Create("，。！？；,.!?;\n");
}
