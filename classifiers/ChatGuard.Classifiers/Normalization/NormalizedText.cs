namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// A message after normalization, in two views that both map back to original offsets:
/// <list type="bullet">
/// <item><see cref="Folded"/>: NFKC/width/case folded, invisibles removed, traditional → simplified,
/// homoglyphs mapped, whitespace runs collapsed to one space; punctuation and word boundaries kept
/// (URLs, e-mail addresses, English words, n-gram models).</item>
/// <item><see cref="Compact"/>: the folded view with every separator (spaces, punctuation, emoji, symbols)
/// dropped and leetspeak inside Latin words undone, so <c>微 信</c>, <c>精.仿</c> and <c>T1kT0k</c>
/// read as the words they spell (evasion-proof term matching).</item>
/// </list>
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _compactToFolded;
    private IReadOnlyList<NumberRun>? _numberRuns;
    private TextDistance? _distance;

    public NormalizedText(string original, TextView folded, TextView compact, int[] compactToFolded)
    {
        if (compactToFolded.Length != compact.Length)
            throw new ArgumentException("the compact view needs one folded index per character", nameof(compactToFolded));
        Original = original;
        Folded = folded;
        Compact = compact;
        _compactToFolded = compactToFolded;
    }

    public string Original { get; }

    public TextView Folded { get; }

    public TextView Compact { get; }

    /// <summary>The folded text (kept for detectors written against the first contract).</summary>
    public string Text => Folded.Text;

    /// <summary>Maps a range of the folded text to the original text.</summary>
    public (int Start, int Length) ToOriginal(int start, int length) => Folded.ToOriginal(start, length);

    /// <summary>Index in <see cref="Folded"/> of compact character <paramref name="compactIndex"/>.</summary>
    public int CompactToFolded(int compactIndex) => _compactToFolded[compactIndex];

    /// <summary>Distances in the compact view counted in units that weigh English words and Chinese characters alike (computed on first use).</summary>
    public TextDistance Distance => _distance ??= new TextDistance(this);

    /// <summary>Digit runs of the folded text with every digit form read as a digit (computed on first use).</summary>
    public IReadOnlyList<NumberRun> NumberRuns => _numberRuns ??= NumberRunScanner.Scan(Folded.Text);
}
