using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C1: a number of 7–15 digits shortly after a phone cue (<c>电话</c>, <c>同号</c>, <c>call me</c>), in any
/// digit form, even when it is not a complete mainland number (<c>手机号，139 2046 …</c>).
/// </summary>
public sealed class PhoneNumberTail : ITailPattern
{
    private const int MaxDistance = 10;

    public Evidence Evidence => Evidence.Structured;

    public string Name => "number";

    public (int Start, int End)? Match(NormalizedText text, int foldedIndex)
    {
        foreach (var run in text.NumberRuns)
        {
            if (run.Start < foldedIndex) continue;
            if (run.Start - foldedIndex > MaxDistance) break;
            if (run.Digits.Length is >= 7 and <= 15) return (run.Start, run.End);
        }
        return null;
    }
}
