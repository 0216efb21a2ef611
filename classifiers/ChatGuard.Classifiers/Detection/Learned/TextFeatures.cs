using System.Buffers.Binary;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// The learned detectors' features, shared by the trainer and inference so both hash the same way:
/// hashed character 1–4-grams of the normalized text (punctuation and spaces collapsed to one boundary),
/// hashed English word unigrams and bigrams, one script feature so Chinese and English get their own bias, and
/// the sender's role where it is known (a shop asking for reviews is a violation, a buyer mentioning one is not).
/// Allocation-free: the caller passes the destination span.
/// </summary>
public static class TextFeatures
{
    /// <summary>Bump when anything below changes; a model stores the version it was trained with.</summary>
    public const int Version = 2;

    /// <summary>Longest window scored at once; longer messages are scored window by window.</summary>
    public const int WindowChars = 256;

    /// <summary>Room needed in the destination span for one window.</summary>
    public const int MaxFeaturesPerWindow = (WindowChars + 2) * 6 + 2;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSeed = 0x9E3779B9;
    private const uint BigramSeed = 0x85EBCA6B;
    private const uint ScriptSeed = 0xC2B2AE35;
    private const uint RoleSeed = 0x27D4EB2F;

    /// <summary>
    /// Writes the distinct feature indices of one window (at most <see cref="WindowChars"/> characters) into
    /// <paramref name="destination"/>, sorted, and returns how many there are.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> window, SenderRole role, int hashBits, Span<int> destination)
    {
        var features = destination[..ExtractAll(window, role, hashBits, destination)];
        features.Sort();
        var distinct = 0;
        for (var i = 0; i < features.Length; i++)
            if (i == 0 || features[i] != features[i - 1]) features[distinct++] = features[i];
        return distinct;
    }

    /// <summary>
    /// The same features with repeats and in no order (inference de-duplicates them while it sums the weights,
    /// which costs a fraction of sorting hundreds of indices per message).
    /// </summary>
    public static int ExtractAll(ReadOnlySpan<char> window, SenderRole role, int hashBits, Span<int> destination)
    {
        if (window.Length > WindowChars) window = window[..WindowChars];
        var mask = (1 << hashBits) - 1;
        Span<char> clean = stackalloc char[WindowChars + 2];
        var length = Clean(window, clean, out var hasCjk);
        clean = clean[..length];
        var count = 0;

        // Character n-grams over the cleaned text, boundaries included so word starts and ends are features.
        for (var i = 0; i < clean.Length; i++)
        {
            var h = FnvOffset;
            for (var n = 1; n <= 4 && i + n <= clean.Length; n++)
            {
                h = (h ^ clean[i + n - 1]) * FnvPrime;
                if (n == 1 && clean[i] == ' ') continue;
                destination[count++] = (int)(Mix(h + (uint)n) & (uint)mask);
            }
        }

        // English words: unigrams and bigrams of space-separated tokens made of ASCII letters, digits and '*'.
        var previous = 0u;
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] != ' ') continue;
            var token = clean[start..i];
            start = i + 1;
            if (token.IsEmpty) continue;
            if (!IsAsciiWord(token)) { previous = 0; continue; }
            var h = FnvOffset;
            foreach (var c in token) h = (h ^ c) * FnvPrime;
            destination[count++] = (int)(Mix(h ^ WordSeed) & (uint)mask);
            if (previous != 0) destination[count++] = (int)(Mix((previous * 31 + h) ^ BigramSeed) & (uint)mask);
            previous = h;
        }

        destination[count++] = (int)(Mix(ScriptSeed + (hasCjk ? 1u : 2u)) & (uint)mask);
        if (role != SenderRole.Unknown) destination[count++] = (int)(Mix(RoleSeed + (uint)role) & (uint)mask);
        return count;
    }

    /// <summary>
    /// A fingerprint of how the normalizer treats a fixed set of probes (scripts, widths, invisible characters,
    /// spacing, masking). A model stores the fingerprint it was trained with; a test fails when the normalizer
    /// changes under a shipped model, which then has to be retrained.
    /// </summary>
    public static ulong NormalizerFingerprint(ITextNormalizer normalizer)
    {
        string[] probes =
        [
            "ＡＢＣ１２３ Hello World!", "這個東西質量怎麼樣？", "傻\u200b逼 s b f u c k", "f***ing b!tch",
            "你妈的，什么破店 TMD", "Ｗｅｃｈａｔ：ａｂｃ", "垃圾袋 滚筒 笑死", "😀 &amp; #tag @user", "  多   空格  ",
        ];
        var hash = 14695981039346656037UL;
        Span<byte> bytes = stackalloc byte[2];
        foreach (var probe in probes)
        {
            foreach (var c in normalizer.Normalize(probe).Text + "\n")
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes, c);
                foreach (var b in bytes) hash = (hash ^ b) * 1099511628211UL;
            }
        }
        return hash;
    }

    private static int Clean(ReadOnlySpan<char> text, Span<char> clean, out bool hasCjk)
    {
        hasCjk = false;
        var length = 0;
        clean[length++] = ' ';
        foreach (var c in text)
        {
            var keep = char.IsLetterOrDigit(c) || c == '*';
            if (keep)
            {
                clean[length++] = c;
                if (c >= '\u3400' && c <= '\u9fff') hasCjk = true;
            }
            else if (clean[length - 1] != ' ')
            {
                clean[length++] = ' ';
            }
        }
        if (clean[length - 1] != ' ') clean[length++] = ' ';
        return length;
    }

    private static bool IsAsciiWord(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '*')) return false;
        return true;
    }

    // murmur3 finalizer: spreads FNV's low bits so masking to a power of two stays uniform.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
