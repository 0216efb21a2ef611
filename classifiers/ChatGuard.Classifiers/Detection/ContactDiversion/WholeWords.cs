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
            for (var from = 0; from < text.Length;)
            {
                var at = text[from..].IndexOf(word, StringComparison.Ordinal);
                if (at < 0) break;
                at += from;
                var end = at + word.Length;
                if ((at == 0 || !JoinsWord(text[at - 1], digitsJoin)) && (end == text.Length || !JoinsWord(text[end], digitsJoin))) return true;
                from = at + 1;
            }
        }
        return false;
    }

    private static bool JoinsWord(char c, bool digitsJoin) => char.IsAsciiLetter(c) || (digitsJoin && char.IsAsciiDigit(c));
}
