namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: an English cue word found whole in the folded text, not inside a longer word ("line" in "helpline", "ups" in
/// "groups"). Hand-written: <see cref="System.Buffers.SearchValues{T}"/> finds the words but knows no word boundaries.
/// </summary>
public static class WholeWords
{
    /// <param name="digitsJoin">
    /// Whether a digit beside the word makes it part of a longer token ("no" in "no123" of a part number); false where a
    /// cue may run straight into a handle or number ("wx123456").
    /// </param>
    public static bool ContainAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words, bool digitsJoin)
    {
        foreach (var word in words)
        {
            if (IndexOf(text, word, 0, digitsJoin) >= 0) return true;
        }
        return false;
    }

    /// <summary>Where the first whole occurrence of <paramref name="word"/> at or after <paramref name="from"/> starts; -1 when none.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string word, int from, bool digitsJoin)
    {
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0) return -1;
            at += from;
            var end = at + word.Length;
            if ((at == 0 || !JoinsWord(text[at - 1], digitsJoin)) && (end == text.Length || !JoinsWord(text[end], digitsJoin))) return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/>, not with the tail of a longer word.</summary>
    public static bool EndWithAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !JoinsWord(text[^(word.Length + 1)], digitsJoin: false))) return true;
        }
        return false;
    }

    private static bool JoinsWord(char c, bool digitsJoin) => char.IsAsciiLetter(c) || (digitsJoin && char.IsAsciiDigit(c));
}
