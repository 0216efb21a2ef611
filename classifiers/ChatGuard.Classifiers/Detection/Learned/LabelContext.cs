using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Words that make a middling score of a label more telling. C2: the name of a group (黑人, 女的, 河南人, gays …)
/// together with a derogatory word (蠢, 骗, 垃圾, stupid …) is vilification, COLD's subject; a head reports such a
/// message from its lower <see cref="LabelHead.ContextThreshold"/>. A group's name alone is not enough: shop talk
/// asks whether a cream suits men or a coat an older woman. Shared by the detector and the trainer that calibrates it.
/// </summary>
public static class LabelContext
{
    public static bool Has(string label, ReadOnlySpan<char> normalized) =>
        label == Labels.Abuse && VilificationTerms.Groups.IsMatch(normalized) && VilificationTerms.Derogatory.IsMatch(normalized);
}
