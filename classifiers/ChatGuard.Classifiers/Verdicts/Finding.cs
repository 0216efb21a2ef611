namespace ChatGuard.Classifiers.Verdicts;

/// <summary>
/// One thing a detector found: a label, the RULES.md rule it enforces, and where in the
/// <em>original</em> text it is (UTF-16 offsets), so masking and highlighting point at what the user typed.
/// </summary>
/// <param name="Detail">A short, non-confidential explanation for moderators (e.g. "wechat handle").</param>
/// <param name="Evidence">What the finding rests on; decides whether it may act on its own.</param>
/// <param name="Score">A model's probability (0–1) where the finding comes from one.</param>
/// <param name="Unambiguous">
/// A term or model finding that is a violation whatever surrounds it: a term list entry marked so, or a model score at
/// or above the model's calibrated block threshold. Only such findings and structured evidence act on their own.
/// </param>
/// <param name="ForBuyer">
/// The rule that found it names the buyer among its senders: written for a buyer's message, its finding counts there
/// even for a label only a shop can otherwise violate (a buyer posing as a regulator to the shop, C6).
/// </param>
public sealed record Finding(
    string Label, string RuleId, int Start, int Length, Severity Severity, string? Detail = null,
    Evidence Evidence = Evidence.Term, double? Score = null, bool Unambiguous = false, bool ForBuyer = false)
{
    public int End => Start + Length;

    /// <summary>Whether the finding may mask or block on its own, or only hold or flag the message for a person.</summary>
    public bool ActsAlone => Evidence == Evidence.Structured || Unambiguous;
}
