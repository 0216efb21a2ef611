using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C7 (003 §3.6) forbids a benefit for a positive review, dictating what to write and asking to delete or change a
/// review — not asking for one. The learned review head scores an agent's plain "收到货满意的话，麻烦给个好评哦" near 0.95:
/// the independent writers left plain requests out as ambiguous, so the corpus holds few legitimate ones against a
/// hundred violating review families. Runs after the learned heads: a review finding the model made alone is dropped
/// when the message asks on a condition (the lexicon family <see cref="ConditionFamily"/>: 满意的话, if you're happy)
/// and names nothing of <see cref="BeyondFamily"/> — no benefit, no wording, no stars to give, no change. Any rule
/// finding of the label keeps every finding.
/// </summary>
public sealed class PlainReviewRequest(LexiconCatalog lexicons) : IDetector
{
    public const string ConditionFamily = Labels.ReviewSolicitation + "/plain_request_condition";
    public const string BeyondFamily = Labels.ReviewSolicitation + "/beyond_plain_request";

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        List<Finding>? byModel = null;
        foreach (var finding in findings)
        {
            if (finding.Label != Labels.ReviewSolicitation) continue;
            if (finding.Evidence != Evidence.Model) return;
            (byModel ??= []).Add(finding);
        }
        if (byModel is null || !AsksPlainly(text, lexicons.For(context.Profile.Name))) return;
        foreach (var finding in byModel) findings.Remove(finding);
    }

    // A second term pass, only for the few messages the review head flagged alone.
    private static bool AsksPlainly(NormalizedText text, CompiledLexicon lexicon)
    {
        var condition = lexicon.FamilyIdOf(ConditionFamily);
        var beyond = lexicon.FamilyIdOf(BeyondFamily);
        var hits = new List<TermHit>();
        lexicon.Match(text, hits);
        var asks = false;
        foreach (var hit in hits)
        {
            if (hit.Family == beyond) return false;
            asks |= hit.Family == condition;
        }
        return asks;
    }
}
