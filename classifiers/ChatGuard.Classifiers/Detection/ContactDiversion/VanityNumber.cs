using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: a toll-free or local-rate number spelled in capitals on the keypad ("1300 TYRE 4U", "1-800-GOT-SOFA"): the prefix is
/// a digit run too short to be a phone, and the rest is words. Read in the original text, where the capitals still show,
/// and only beside a word of calling, so "1800 RPM" in a product sheet stays a speed.
/// </summary>
public static class VanityNumber
{
    private static readonly string[] TollFreePrefixes = ["1300", "1800", "0800", "0808", "0500", "1888", "1877", "1866", "1855", "1844", "1833"];

    private static readonly string[] CallWords =
        ["call", "ring", "bell", "dial", "phone", "hotline", "text", "whatsapp", "llama", "llámanos", "llamanos", "ligue", "liga", "ruf", "anrufen", "chiama", "appelez", "zadzwoń", "bel"];

    // A keypad word is six or seven characters after the prefix (TYRE 4U, FLOWERS); longer runs of capitals are a heading.
    private const int MinLetters = 4;
    private const int MaxCharacters = 7;

    /// <summary>The original range of the vanity number starting at <paramref name="run"/>, or null when it is none.</summary>
    public static (int Start, int Length)? Read(NormalizedText text, NumberRun run)
    {
        if (Array.IndexOf(TollFreePrefixes, run.Digits) < 0 || run.SpelledDigits > 0) return null;
        var original = text.Original;
        var start = text.Folded.OriginalStart(run.Start);
        var i = text.Folded.OriginalEnd(run.End - 1);
        if (i >= original.Length || original[i] is not (' ' or '-')) return null;
        int letters = 0, characters = 0, end = i;
        while (i < original.Length)
        {
            var c = original[i];
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                if (char.IsAsciiLetterUpper(c)) letters++;
                characters++;
                end = ++i;
            }
            else if (c is ' ' or '-' && i + 1 < original.Length && (char.IsAsciiLetterUpper(original[i + 1]) || char.IsAsciiDigit(original[i + 1]))) i++;
            else break;
        }
        if (i < original.Length && char.IsLetterOrDigit(original[i])) return null;
        if (letters < MinLetters || characters > MaxCharacters) return null;
        return WholeWords.ContainAny(text.Folded.Text, CallWords, digitsJoin: true) ? (start, end - start) : null;
    }
}
