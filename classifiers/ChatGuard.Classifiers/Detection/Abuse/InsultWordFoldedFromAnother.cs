using System.Buffers;
using System.Globalization;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 precision: the folded text has lost its diacritics, so Vietnamese ngủ (sleep: đồ ngủ is sleepwear), ngũ (five)
/// and ngụ (to live at) read as ngu (stupid). A match whose "ngu" carries a mark on its u in the message as typed is
/// one of those words, not the insult. Likewise Spanish Morón (a town of Buenos Aires province) folds to "moron".
/// </summary>
public static class InsultWordFoldedFromAnother
{
    private static readonly SearchValues<char> MarkedU = SearchValues.Create("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ");

    /// <param name="start">Start of the match in the folded text.</param>
    /// <param name="length">Its length in the folded text.</param>
    public static bool Applies(NormalizedText text, int start, int length)
    {
        var moron = text.Text.AsSpan(start, length).IndexOf("moron", StringComparison.Ordinal);
        if (moron >= 0)
        {
            var (placeStart, placeLength) = text.ToOriginal(start + moron, 5);
            return text.Original.AsSpan(placeStart, placeLength).IndexOfAny('ó', 'Ó', '\u0301') >= 0;
        }
        var word = text.Text.AsSpan(start, length).IndexOf("ngu", StringComparison.Ordinal);
        if (word < 0) return false;
        var (originalStart, originalLength) = text.ToOriginal(start + word, 3);
        var original = text.Original.AsSpan(originalStart, originalLength);
        if (original.IndexOfAny(MarkedU) >= 0) return true;
        // Typed decomposed (u followed by a combining hook or tilde).
        var after = originalStart + originalLength;
        return after < text.Original.Length
            && CharUnicodeInfo.GetUnicodeCategory(text.Original[after]) == UnicodeCategory.NonSpacingMark;
    }
}
