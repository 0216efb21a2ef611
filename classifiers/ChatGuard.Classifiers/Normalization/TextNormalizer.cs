using System.Text;

namespace ChatGuard.Classifiers.Normalization;

/// <summary>First normalizer: NFKC per character (full-width to half-width) and case folding.</summary>
public sealed class TextNormalizer : ITextNormalizer
{
    public NormalizedText Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var piece = text.Substring(i, width);
            var folded = piece.IsNormalized(NormalizationForm.FormKC) ? piece : piece.Normalize(NormalizationForm.FormKC);
            foreach (var c in folded)
            {
                sb.Append(char.ToLowerInvariant(c));
                starts.Add(i);
                ends.Add(i + width);
            }
            i += width;
        }
        return new NormalizedText(text, sb.ToString(), [.. starts], [.. ends]);
    }
}
