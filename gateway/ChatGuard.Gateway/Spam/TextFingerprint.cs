using System.Numerics;
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
    /// <summary>Distinct bigrams, sorted: two fingerprints intersect in one merge pass, without hashing or allocation.</summary>
    private readonly int[] _bigrams;

    /// <summary>
    /// One bit per bigram hash (128 bits): a bit set here and not in the other fingerprint stands for at least one
    /// bigram the other lacks, which bounds the overlap from above before any merge (<see cref="IsSimilar"/>).
    /// </summary>
    private readonly ulong _low, _high;

    private TextFingerprint(int length, int[] bigrams)
    {
        (Length, _bigrams) = (length, bigrams);
        foreach (var bigram in bigrams)
        {
            var bit = (uint)bigram * 0x9E3779B1u >> 25; // Fibonacci hashing onto 0..127
            if (bit < 64) _low |= 1UL << (int)bit;
            else _high |= 1UL << (int)(bit - 64);
        }
    }

    /// <summary>Length of the compact normalized text.</summary>
    public int Length { get; }

    /// <summary>The distinct bigrams, sorted, as <see cref="Restore"/> takes them back (what a shared store keeps instead of the text).</summary>
    public ReadOnlySpan<int> Bigrams => _bigrams;

    /// <summary>A fingerprint kept elsewhere, from its <see cref="Length"/> and <see cref="Bigrams"/>.</summary>
    public static TextFingerprint Restore(int length, int[] bigrams) => new(length, bigrams);

    public static TextFingerprint Of(NormalizedText normalized)
    {
        var compact = normalized.Compact.Text;
        // Numbers (prices, coupon codes, counters) are what spammers vary: every digit counts as the same character.
        static int Unit(char c) => char.IsAsciiDigit(c) ? '0' : c;
        if (compact.Length == 1) return new TextFingerprint(1, [Unit(compact[0])]);
        var bigrams = new int[Math.Max(0, compact.Length - 1)];
        for (var i = 0; i < bigrams.Length; i++) bigrams[i] = (Unit(compact[i]) << 16) | Unit(compact[i + 1]);
        Array.Sort(bigrams);
        var distinct = 0;
        for (var i = 0; i < bigrams.Length; i++)
            if (distinct == 0 || bigrams[i] != bigrams[distinct - 1]) bigrams[distinct++] = bigrams[i];
        return new TextFingerprint(compact.Length, bigrams[..distinct]);
    }

    /// <summary>
    /// <see cref="Similarity"/> ≥ <paramref name="threshold"/>, exactly; most pairs of different messages are settled by
    /// the bit sets alone (a sender's message is compared with up to 200 recent ones, so this is C9's whole cost).
    /// </summary>
    public bool IsSimilar(TextFingerprint other, double threshold)
    {
        var (a, b) = (_bigrams.Length, other._bigrams.Length);
        if (a == 0 || b == 0) return threshold <= 0;
        var onlyHere = BitOperations.PopCount(_low & ~other._low) + BitOperations.PopCount(_high & ~other._high);
        var onlyThere = BitOperations.PopCount(other._low & ~_low) + BitOperations.PopCount(other._high & ~_high);
        var mostShared = Math.Min(a - onlyHere, b - onlyThere);
        // Jaccard grows with the overlap, so the largest possible overlap gives its largest possible value.
        if ((double)mostShared / (a + b - mostShared) < threshold) return false;
        return Similarity(other) >= threshold;
    }

    /// <summary>Jaccard similarity of the two bigram sets.</summary>
    public double Similarity(TextFingerprint other)
    {
        var (a, b) = (_bigrams, other._bigrams);
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) (shared, i, j) = (shared + 1, i + 1, j + 1);
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)shared / (a.Length + b.Length - shared);
    }
}
