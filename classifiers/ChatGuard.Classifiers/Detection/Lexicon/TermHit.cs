namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>One term of a family found in the compact view, [Start, End).</summary>
public readonly record struct TermHit(int Family, int Start, int End);
