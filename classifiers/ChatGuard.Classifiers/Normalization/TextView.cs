namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// One normalized form of a message with, for every character, the original UTF-16 range it came from,
/// so a match in this view can be reported (and masked) where the sender typed it.
/// </summary>
public sealed class TextView
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    /// <param name="inOrder">Whether original offsets never decrease along the view (false for a reordered reading).</param>
    public TextView(string text, int[] originalStart, int[] originalEnd, bool inOrder = true)
    {
        if (originalStart.Length != text.Length || originalEnd.Length != text.Length)
            throw new ArgumentException("offset maps must have one entry per normalized character");
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
        InOrder = inOrder;
    }

    /// <summary>Whether original offsets never decrease along the view; a reordered reading (bidi, reversed) maps back out of order.</summary>
    public bool InOrder { get; }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Original offset of the first UTF-16 unit behind normalized character <paramref name="index"/>.</summary>
    public int OriginalStart(int index) => _originalStart[index];

    /// <summary>Original offset just past the last UTF-16 unit behind normalized character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _originalEnd[index];

    /// <summary>
    /// Maps the normalized range [start, start+length) to (start, length) in the original text: the smallest original
    /// range holding every character of it (for a reordered reading, that is not simply from its first to its last).
    /// </summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (length <= 0 || Text.Length == 0) return (0, 0);
        var from = Math.Clamp(start, 0, Text.Length - 1);
        var to = Math.Clamp(start + length - 1, from, Text.Length - 1);
        int first = _originalStart[from], last = _originalEnd[to];
        if (!InOrder)
        {
            for (var i = from; i <= to; i++)
            {
                first = Math.Min(first, _originalStart[i]);
                last = Math.Max(last, _originalEnd[i]);
            }
        }
        return (first, Math.Max(0, last - first));
    }
}
