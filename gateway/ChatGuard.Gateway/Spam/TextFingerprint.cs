using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Gateway.Spam;

/// <summary>
/// C9: what makes two messages "the same advert": the set of character bigrams of the compact normalized text
/// (case, width, traditional/simplified, homoglyphs, spacing and punctuation folded away), compared by Jaccard
/// similarity, so changed numbers, emoji or a word swapped still match. No package here does shingling; this is
/// the whole of it.
/// </summary>
public sealed class TextFingerprint
{
    private readonly HashSet<int> _bigrams;

    private TextFingerprint(int length, HashSet<int> bigrams) => (Length, _bigrams) = (length, bigrams);

    /// <summary>Length of the compact normalized text.</summary>
    public int Length { get; }

    public static TextFingerprint Of(ITextNormalizer normalizer, string text)
    {
        // Numbers (prices, coupon codes, counters) are what spammers vary: every digit counts as the same character.
        var compact = new string([.. normalizer.Normalize(text).Compact.Text.Select(c => char.IsAsciiDigit(c) ? '0' : c)]);
        var bigrams = new HashSet<int>();
        for (var i = 0; i + 1 < compact.Length; i++) bigrams.Add((compact[i] << 16) | compact[i + 1]);
        if (compact.Length == 1) bigrams.Add(compact[0]);
        return new TextFingerprint(compact.Length, bigrams);
    }

    public double Similarity(TextFingerprint other)
    {
        if (_bigrams.Count == 0 || other._bigrams.Count == 0) return 0;
        var (small, large) = _bigrams.Count <= other._bigrams.Count ? (_bigrams, other._bigrams) : (other._bigrams, _bigrams);
        var shared = small.Count(large.Contains);
        return (double)shared / (small.Count + large.Count - shared);
    }
}
