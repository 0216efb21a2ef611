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
            // A number glued to letters is a code (运单号 SF1311256680123), not one to dial.
            if (run.Digits.Length is >= 7 and <= 15 && !GluedToLetters(text.Folded.Text, run)) return (run.Start, run.End);
        }
        // C1: or read out in compound number words (whatsapp: beş yüz otuz iki, dört sıfır bir…), or in the digit words
        // of Korean, Japanese, Thai, Vietnamese or French (전화 주세요 공일공 칠삼팔이…, appelez-moi au zéro six, douze…), or
        // typed with look-alike letters (138OO138OOO).
        return SpokenNumber.InWordsAfter(text.Folded.Text, foldedIndex) ?? LookAlikeDigits.After(text.Folded.Text, foldedIndex);
    }

    private static bool GluedToLetters(string folded, NumberRun run) =>
        (run.Start > 0 && char.IsAsciiLetter(folded[run.Start - 1])) || (run.End < folded.Length && char.IsAsciiLetter(folded[run.End]));
}
