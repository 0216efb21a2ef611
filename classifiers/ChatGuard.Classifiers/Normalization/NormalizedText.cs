namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// A message after normalization, with a map from every normalized character back to the
/// original UTF-16 offset, so findings can be reported against what the sender typed.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    public NormalizedText(string original, string text, int[] originalStart, int[] originalEnd)
    {
        if (originalStart.Length != text.Length || originalEnd.Length != text.Length)
            throw new ArgumentException("offset maps must have one entry per normalized character");
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    public string Original { get; }

    /// <summary>The normalized text detectors match against.</summary>
    public string Text { get; }

    /// <summary>Maps the normalized range [start, start+length) to (start, length) in the original text.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (length <= 0 || Text.Length == 0) return (0, 0);
        var first = _originalStart[Math.Clamp(start, 0, Text.Length - 1)];
        var last = _originalEnd[Math.Clamp(start + length - 1, 0, Text.Length - 1)];
        return (first, Math.Max(0, last - first));
    }
}
