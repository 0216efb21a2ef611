namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// Leetspeak inside Latin words (<c>T1kT0k</c>, <c>Supp0rt</c>, <c>r3p</c>, <c>b!tch</c>, <c>0fficial</c>):
/// a digit or symbol read as the letter it imitates, only where it sits inside a word, so phone numbers,
/// prices and handles keep their digits.
/// </summary>
public static class LeetSpeak
{
    private static char Letter(char c) => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't',
        '!' or '|' => 'i', '@' => 'a', '$' => 's',
        _ => '\0',
    };

    /// <summary>Whether folded character <paramref name="i"/> is a leet letter, and which letter it reads as.</summary>
    public static bool TryRead(string folded, int i, out char letter)
    {
        letter = Letter(folded[i]);
        if (letter == '\0') return false;
        var prevLetter = i > 0 && char.IsAsciiLetter(folded[i - 1]);
        var nextLetter = i + 1 < folded.Length && char.IsAsciiLetter(folded[i + 1]);
        if (prevLetter && nextLetter) return true;
        // A word that starts with a zero ("0fficial"); other digits there are ordinals (1st, 4th).
        return folded[i] == '0' && nextLetter && !prevLetter && (i == 0 || !char.IsAsciiDigit(folded[i - 1]))
            && i + 2 < folded.Length && char.IsAsciiLetter(folded[i + 2]);
    }
}
