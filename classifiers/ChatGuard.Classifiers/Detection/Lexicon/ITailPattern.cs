using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// Something a rule needs right after its anchor term that a term list cannot express
/// (the handle after <c>加我微信</c>, the number after <c>电话</c>, the address after <c>实体店在</c>).
/// </summary>
public interface ITailPattern
{
    /// <summary>The name rules refer to it by (<c>"tail": "handle"</c>).</summary>
    string Name { get; }

    /// <summary>What a rule's finding rests on when the tail matched: a handle or number is structured evidence.</summary>
    Evidence Evidence { get; }

    /// <summary>Looks for the tail in the folded view from <paramref name="foldedIndex"/> on.</summary>
    /// <returns>The tail's range in the folded view, or null.</returns>
    (int Start, int End)? Match(NormalizedText text, int foldedIndex);
}
