namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1 (session 25): a phone number typed with letters that look like digits after a phone cue — O for 0, l or I for 1
/// (<c>电话 138OO138OOO</c>, <c>call me 0917 l23 4567</c>). The normalizer keeps them letters (a word is no number), so
/// only a contact cue's tail reads them, and only a run that is mostly real digits: at least <see cref="MinRealDigits"/>
/// of them, 7–15 in all, standing apart from other letters (<c>iPhone 15</c>, <c>lol</c>, a code glued to a word are no
/// number).
/// </summary>
public static class LookAlikeDigits
{
    private const int MinRealDigits = 5;

    /// <summary>How far after the cue the run may start, in folded characters (as for a number in digits).</summary>
    private const int MaxLead = 10;

    /// <summary>The run of digits and look-alike letters starting within a few characters after <paramref name="from"/>, or null.</summary>
    public static (int Start, int End)? After(string folded, int from)
    {
        for (var i = from; i < folded.Length && i - from <= MaxLead; i++)
        {
            if (!IsDigitLike(folded[i]) || (i > 0 && char.IsAsciiLetterOrDigit(folded[i - 1]))) continue;
            return Run(folded, i);
        }
        return null;
    }

    private static (int Start, int End)? Run(string folded, int start)
    {
        int real = 0, lookAlike = 0, end = start;
        for (var i = start; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiDigit(c)) real++;
            else if (IsLookAlike(c)) lookAlike++;
            // One space or hyphen between groups (138 OO13 8OOO); anything else ends the number.
            else if (c is ' ' or '-' && i + 1 < folded.Length && IsDigitLike(folded[i + 1]) && i > start) continue;
            else break;
            end = i + 1;
        }
        if (end < folded.Length && char.IsAsciiLetter(folded[end])) return null;
        var total = real + lookAlike;
        return lookAlike > 0 && real >= MinRealDigits && total is >= 7 and <= 15 ? (start, end) : null;
    }

    private static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || IsLookAlike(c);

    // The folded view is lower-case: O → o, I → i; l is itself.
    private static bool IsLookAlike(char c) => c is 'o' or 'l' or 'i';
}
