namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// A run of digits in the folded text, read through separators a sender puts between digits
/// (<c>138-0013-8000</c>, <c>3 1 4 1 5</c>) and through digit forms (<c>一三八</c>, <c>壹叁玖</c>, <c>one three eight</c>).
/// </summary>
/// <param name="Digits">The ASCII digits of the run.</param>
/// <param name="Start">Folded index of the first digit.</param>
/// <param name="End">Folded index just past the last digit.</param>
/// <param name="Separators">How many separator characters sit between the digits.</param>
/// <param name="SpelledDigits">How many digits were written as words: Chinese numerals or English number words.</param>
public sealed record NumberRun(string Digits, int Start, int End, int Separators, int SpelledDigits)
{
    public int Length => End - Start;
}
