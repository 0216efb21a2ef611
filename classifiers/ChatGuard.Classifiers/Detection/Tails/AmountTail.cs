using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Tails;

/// <summary>
/// C4: a sum of money right after a transfer word (<c>转账99</c>, <c>打款 500</c>): a short number within a few
/// characters, so a bare warning such as "有人让您转账请不要相信" does not count.
/// </summary>
public sealed class AmountTail : ITailPattern
{
    private const int MaxDistance = 3;

    public Evidence Evidence => Evidence.Term; // a sum after 转账 could be a refund being reported

    public string Name => "amount";

    public (int Start, int End)? Match(NormalizedText text, int foldedIndex)
    {
        foreach (var run in text.NumberRuns)
        {
            if (run.Start < foldedIndex) continue;
            if (run.Start - foldedIndex > MaxDistance) break;
            if (run.Digits.Length <= 7) return (run.Start, run.End);
        }
        return null;
    }
}
