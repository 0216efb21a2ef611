using System.IO.Compression;
using System.Numerics;
using System.Runtime.Intrinsics;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Linear classifiers, one per label, over the same <see cref="TextFeatures"/> of a normalized message, trained by
/// ML.NET (ChatGuard.Classifiers.Training) and exported here. The weights of all labels for one hash bucket sit
/// side by side, so one message's features are looked up once for every label; scoring allocates nothing.
/// </summary>
public sealed class LabelModel
{
    private const uint Magic = 0x4C424743; // "CGBL"
    private const int FormatVersion = 2;

    private readonly float[] _weights;
    private readonly int _stride;

    /// <param name="weights">Bucket-major: the weight of label k for bucket f is at <c>f * Heads.Count + k</c>.</param>
    public LabelModel(int hashBits, IReadOnlyList<LabelHead> heads, float[] weights, int featureVersion, ulong normalizerFingerprint)
    {
        if (hashBits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(hashBits));
        if (heads.Count == 0) throw new ArgumentException("at least one label", nameof(heads));
        if (weights.Length != heads.Count << hashBits) throw new ArgumentException("one weight per label and hash bucket", nameof(weights));
        HashBits = hashBits;
        Heads = heads;
        _weights = weights;
        _stride = heads.Count;
        FeatureVersion = featureVersion;
        NormalizerFingerprint = normalizerFingerprint;
    }

    public int HashBits { get; }

    public IReadOnlyList<LabelHead> Heads { get; }

    /// <summary>The <see cref="TextFeatures.Version"/> the model was trained with.</summary>
    public int FeatureVersion { get; }

    /// <summary>The <see cref="TextFeatures.NormalizerFingerprint"/> of the normalizer it was trained behind.</summary>
    public ulong NormalizerFingerprint { get; }

    /// <summary>Index of a label's head, or -1.</summary>
    public int IndexOf(string label)
    {
        for (var k = 0; k < Heads.Count; k++)
            if (Heads[k].Label == label) return k;
        return -1;
    }

    /// <summary>A copy with other heads (thresholds), the weights shared.</summary>
    public LabelModel WithHeads(IReadOnlyList<LabelHead> heads) => new(HashBits, heads, _weights, FeatureVersion, NormalizerFingerprint);

    /// <summary>
    /// Writes each label's probability for a normalized text into <paramref name="probabilities"/> (one per head).
    /// A long text scores, per label, as its worst window.
    /// </summary>
    public void Score(ReadOnlySpan<char> normalized, SenderRole role, Span<float> probabilities)
    {
        if (probabilities.Length < _stride) throw new ArgumentException("one slot per label", nameof(probabilities));
        Span<int> features = stackalloc int[TextFeatures.MaxFeaturesPerWindow];
        Span<int> seen = stackalloc int[SeenSlots];
        Span<float> sums = stackalloc float[_stride];
        probabilities[.._stride].Clear();
        var step = TextFeatures.WindowChars / 2;
        for (var start = 0; ; start += step)
        {
            var window = normalized[start..Math.Min(normalized.Length, start + TextFeatures.WindowChars)];
            var count = TextFeatures.ExtractAll(window, role, HashBits, features);
            SumsOfAll(features[..count], seen, sums);
            for (var k = 0; k < _stride; k++)
                probabilities[k] = Math.Max(probabilities[k], Heads[k].Probability(sums[k]));
            if (start + TextFeatures.WindowChars >= normalized.Length) return;
        }
    }

    /// <summary>A power of two over twice the most features a window has, so the probe table stays sparse.</summary>
    private const int SeenSlots = 4096;

    /// <summary>
    /// <see cref="Sums"/> of features that may repeat: each distinct one counts once. An open-addressing set on the
    /// stack finds the repeats, which costs a fraction of sorting a few hundred indices per message. Cost (issue 16):
    /// the set is sized to the window (a short message clears a few hundred slots, not 4,096), and a bucket's first
    /// eight heads are added as one 256-bit vector, the rest one by one; each head's sum takes its features in the same order either
    /// way, so the scores are the same to the bit.
    /// </summary>
    private void SumsOfAll(ReadOnlySpan<int> features, Span<int> seen, Span<float> sums)
    {
        var slots = Math.Max(256, (int)BitOperations.RoundUpToPowerOf2((uint)features.Length * 2));
        seen = seen[..Math.Min(slots, SeenSlots)];
        seen.Fill(-1);
        var mask = seen.Length - 1;
        var vector = _stride >= Vector256<float>.Count && Vector256.IsHardwareAccelerated;
        var total = Vector256<float>.Zero;
        sums[.._stride].Clear();
        var distinct = 0;
        foreach (var f in features)
        {
            var slot = (int)((uint)f * 2654435761u) & mask;
            while (seen[slot] != -1 && seen[slot] != f) slot = (slot + 1) & mask;
            if (seen[slot] == f) continue;
            seen[slot] = f;
            distinct++;
            if (vector)
            {
                total += Vector256.LoadUnsafe(ref _weights[f * _stride]);
                for (var k = Vector256<float>.Count; k < _stride; k++) sums[k] += _weights[f * _stride + k];
                continue;
            }
            var row = _weights.AsSpan(f * _stride, _stride);
            for (var k = 0; k < row.Length; k++) sums[k] += row[k];
        }
        if (vector) total.CopyTo(sums);
        var value = distinct == 0 ? 0 : 1f / MathF.Sqrt(distinct);
        for (var k = 0; k < _stride; k++) sums[k] *= value;
    }

    /// <summary>
    /// Each label's raw score w·x for one window's distinct features, valued 1/√n (binary, L2-normalized) as the
    /// trainer gave them to ML.NET.
    /// </summary>
    public void Sums(ReadOnlySpan<int> distinctFeatures, Span<float> sums)
    {
        sums[.._stride].Clear();
        foreach (var f in distinctFeatures)
        {
            var row = _weights.AsSpan(f * _stride, _stride);
            for (var k = 0; k < row.Length; k++) sums[k] += row[k];
        }
        var value = distinctFeatures.Length == 0 ? 0 : 1f / MathF.Sqrt(distinctFeatures.Length);
        for (var k = 0; k < _stride; k++) sums[k] *= value;
    }

    private static readonly Lazy<LabelModel> BuiltInModel = new(LoadBuiltIn);

    /// <summary>The shipped model, read once per process and shared (a model is immutable once built).</summary>
    public static LabelModel BuiltIn => BuiltInModel.Value;

    /// <summary>Reads the model shipped inside this assembly (classifiers/models/labels.model).</summary>
    public static LabelModel LoadBuiltIn()
    {
        using var stream = typeof(LabelModel).Assembly.GetManifestResourceStream("ChatGuard.Classifiers.labels.model")
            ?? throw new InvalidOperationException("the label model is not embedded in this assembly");
        return Read(stream);
    }

    /// <summary>Gzip of a header, the heads, and the non-zero weights as (bucket gap, label, weight).</summary>
    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureVersion);
        writer.Write(NormalizerFingerprint);
        writer.Write(HashBits);
        writer.Write(Heads.Count);
        foreach (var h in Heads)
        {
            writer.Write(h.Label);
            writer.Write(h.Bias);
            writer.Write(h.Slope);
            writer.Write(h.Offset);
            writer.Write(h.ReviewThreshold);
            writer.Write(h.BlockThreshold);
            writer.Write(h.ContextThreshold);
        }
        var nonZero = _weights.Count(w => w != 0);
        writer.Write(nonZero);
        var previous = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] == 0) continue;
            writer.Write7BitEncodedInt(i - previous);
            writer.Write(_weights[i]);
            previous = i;
        }
    }

    public static LabelModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic) throw new InvalidDataException("not a ChatGuard label model");
        var format = reader.ReadInt32();
        if (format != FormatVersion) throw new InvalidDataException($"label model format {format} is not supported");
        var featureVersion = reader.ReadInt32();
        var fingerprint = reader.ReadUInt64();
        var hashBits = reader.ReadInt32();
        if (hashBits is < 10 or > 24) throw new InvalidDataException($"bad hash size {hashBits}");
        var count = reader.ReadInt32();
        if (count is < 1 or > 64) throw new InvalidDataException($"bad label count {count}");
        var heads = new LabelHead[count];
        for (var k = 0; k < count; k++)
            heads[k] = new LabelHead(reader.ReadString(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
        var weights = new float[count << hashBits];
        var nonZero = reader.ReadInt32();
        var index = 0;
        for (var n = 0; n < nonZero; n++)
        {
            index += reader.Read7BitEncodedInt();
            if ((uint)index >= (uint)weights.Length) throw new InvalidDataException("weight index out of range");
            weights[index] = reader.ReadSingle();
        }
        return new LabelModel(hashBits, heads, weights, featureVersion, fingerprint);
    }

    /// <summary>Whether the model was trained with these features behind this normalizer (else it must be retrained).</summary>
    public bool MatchesRuntime(ITextNormalizer normalizer) =>
        FeatureVersion == TextFeatures.Version && NormalizerFingerprint == TextFeatures.NormalizerFingerprint(normalizer);
}
