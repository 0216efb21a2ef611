using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1: an account typed one character at a time after a bare "id" cue (<c>my id is k i t t y s h o p 2 2</c>). Only the
/// spaced spelling is read: it exists to slip past a filter, while a word or number after "my id is" (<c>attached</c>,
/// an order number) gives no account — so, unlike <see cref="HandleTail"/>, the cue needs no app's name.
/// </summary>
public sealed class SpacedHandleTail : ITailPattern
{
    public Evidence Evidence => Evidence.Structured;

    public string Name => "spaced_handle";

    public (int Start, int End)? Match(NormalizedText text, int foldedIndex) => HandleTail.SpacedAfter(text, foldedIndex);
}
