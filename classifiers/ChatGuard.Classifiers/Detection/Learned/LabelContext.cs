using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// Words that make a middling score of a label more telling. C2: the name of a group (黑人, 女的, 河南人, gays …)
/// next to offensive-sounding text is vilification, COLD's subject; a head reports such a message from its lower
/// <see cref="LabelHead.ContextThreshold"/>. (Requiring a derogatory word as well cost 0.09 COLD macro-F1.)
/// Shared by the detector and the trainer that calibrates it.
/// </summary>
public static class LabelContext
{
    public static bool Has(string label, ReadOnlySpan<char> normalized) =>
        label == Labels.Abuse && VilificationTerms.Groups.IsMatch(normalized);
}
