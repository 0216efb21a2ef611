using System.IO.Compression;
using System.Runtime.InteropServices;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2: the learned half of the abuse label, a logistic regression over <see cref="AbuseFeatures"/>
/// (NB-scaled weights already folded in by the trainer). The weights are kept quantized to one signed byte
/// each (step = largest |weight| / 127): 2 MB for 2^21 buckets, cache-friendly, and the rounding errors of a
/// few hundred features average out. Scoring allocates nothing.
/// </summary>
public sealed class AbuseModel
{
    private const uint Magic = 0x42414743; // "CGAB"
    private const int FormatVersion = 1;

    private readonly sbyte[] _weights;
    private readonly float _step;

    /// <summary>Quantizes trained weights (one per hash bucket) into a model.</summary>
    public AbuseModel(int hashBits, ReadOnlySpan<float> weights, float bias, float threshold, int featureVersion, ulong normalizerFingerprint)
        : this(hashBits, Quantize(weights, out var step), step, bias, threshold, featureVersion, normalizerFingerprint)
    {
    }

    private AbuseModel(int hashBits, sbyte[] weights, float step, float bias, float threshold, int featureVersion, ulong normalizerFingerprint)
    {
        if (hashBits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(hashBits));
        if (weights.Length != 1 << hashBits) throw new ArgumentException("one weight per hash bucket", nameof(weights));
        HashBits = hashBits;
        _weights = weights;
        _step = step;
        Bias = bias;
        Threshold = threshold;
        FeatureVersion = featureVersion;
        NormalizerFingerprint = normalizerFingerprint;
    }

    public int HashBits { get; }

    public float Bias { get; }

    /// <summary>The probability above which the model alone calls a text offensive (chosen on the dev split).</summary>
    public float Threshold { get; }

    /// <summary>The <see cref="AbuseFeatures.Version"/> the model was trained with.</summary>
    public int FeatureVersion { get; }

    /// <summary>The <see cref="AbuseFeatures.NormalizerFingerprint"/> of the normalizer it was trained behind.</summary>
    public ulong NormalizerFingerprint { get; }

    /// <summary>A copy of the model with another decision threshold.</summary>
    public AbuseModel WithThreshold(float threshold) =>
        new(HashBits, _weights, _step, Bias, threshold, FeatureVersion, NormalizerFingerprint);

    /// <summary>The probability that a normalized text is offensive; long texts score as their worst window.</summary>
    public float Score(ReadOnlySpan<char> normalized)
    {
        Span<int> features = stackalloc int[AbuseFeatures.MaxFeaturesPerWindow];
        Span<int> seen = stackalloc int[SeenSlots];
        var step = AbuseFeatures.WindowChars / 2;
        var best = 0f;
        for (var start = 0; ; start += step)
        {
            var window = normalized[start..Math.Min(normalized.Length, start + AbuseFeatures.WindowChars)];
            var count = AbuseFeatures.ExtractAll(window, HashBits, features);
            best = Math.Max(best, ProbabilityOfAll(features[..count], seen));
            if (start + AbuseFeatures.WindowChars >= normalized.Length) return best;
        }
    }

    /// <summary>A power of two over twice the most features a window has, so the probe table stays sparse.</summary>
    private const int SeenSlots = 4096;

    /// <summary>
    /// <see cref="Probability"/> of features that may repeat: each distinct one counts once (the model's features are
    /// binary). An open-addressing set on the stack finds the repeats; the sum does not depend on the order.
    /// </summary>
    private float ProbabilityOfAll(ReadOnlySpan<int> features, Span<int> seen)
    {
        seen.Fill(-1);
        var sum = 0;
        var distinct = 0;
        foreach (var f in features)
        {
            var slot = (int)((uint)f * 2654435761u) & (SeenSlots - 1);
            while (seen[slot] != -1 && seen[slot] != f) slot = (slot + 1) & (SeenSlots - 1);
            if (seen[slot] == f) continue;
            seen[slot] = f;
            sum += _weights[f];
            distinct++;
        }
        return Logistic(sum, distinct);
    }

    /// <summary>The probability for one window's distinct features (binary, L2-normalized).</summary>
    public float Probability(ReadOnlySpan<int> features)
    {
        var sum = 0;
        foreach (var f in features) sum += _weights[f];
        return Logistic(sum, features.Length);
    }

    private float Logistic(int sum, int distinct)
    {
        var z = Bias + (distinct == 0 ? 0 : sum * _step / MathF.Sqrt(distinct));
        return 1f / (1f + MathF.Exp(-z));
    }

    private static readonly Lazy<AbuseModel> BuiltInModel = new(LoadBuiltIn);

    /// <summary>The shipped model, read once per process and shared (a model is immutable once built).</summary>
    public static AbuseModel BuiltIn => BuiltInModel.Value;

    /// <summary>Reads the model shipped inside this assembly (classifiers/models/abuse.model).</summary>
    public static AbuseModel LoadBuiltIn()
    {
        using var stream = typeof(AbuseModel).Assembly.GetManifestResourceStream("ChatGuard.Classifiers.abuse.model")
            ?? throw new InvalidOperationException("the abuse model is not embedded in this assembly");
        return Read(stream);
    }

    /// <summary>Gzip of a small header, the quantization step and one signed byte per weight.</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureVersion);
        writer.Write(NormalizerFingerprint);
        writer.Write(HashBits);
        writer.Write(Bias);
        writer.Write(Threshold);
        writer.Write(_step);
        writer.Write((ReadOnlySpan<byte>)MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    public static AbuseModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic) throw new InvalidDataException("not a ChatGuard abuse model");
        var format = reader.ReadInt32();
        if (format != FormatVersion) throw new InvalidDataException($"abuse model format {format} is not supported");
        var featureVersion = reader.ReadInt32();
        var fingerprint = reader.ReadUInt64();
        var hashBits = reader.ReadInt32();
        if (hashBits is < 10 or > 24) throw new InvalidDataException($"bad hash size {hashBits}");
        var bias = reader.ReadSingle();
        var threshold = reader.ReadSingle();
        var step = reader.ReadSingle();
        var weights = new sbyte[1 << hashBits];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return new AbuseModel(hashBits, weights, step, bias, threshold, featureVersion, fingerprint);
    }

    private static sbyte[] Quantize(ReadOnlySpan<float> weights, out float step)
    {
        var largest = 0f;
        foreach (var w in weights) largest = Math.Max(largest, Math.Abs(w));
        step = largest > 0 ? largest / 127 : 1f;
        var quantized = new sbyte[weights.Length];
        for (var i = 0; i < weights.Length; i++) quantized[i] = (sbyte)Math.Round(weights[i] / step);
        return quantized;
    }
}
