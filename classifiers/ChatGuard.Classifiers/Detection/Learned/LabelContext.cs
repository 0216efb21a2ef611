using ChatGuard.Classifiers.Detection.Abuse;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Words that make a middling score of a label more telling. C2: the name of a group (黑人, 女的, 河南人, gays …)
/// next to abusive-sounding text is vilification, COLD's subject; a head reports such a message from its lower
/// <see cref="LabelHead.ContextThreshold"/>. Context words of complaints (垃圾, 骗子, 气死) are left out: shop talk is
/// full of them. Shared by the detector and the trainer that calibrates it.
/// </summary>
public static class LabelContext
{
    public static bool Has(string label, ReadOnlySpan<char> normalized) =>
        label == Labels.Abuse && AbuseLexicon.Groups.IsMatch(normalized);
}
