using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Offers;

/// <summary>
/// C8 inside a C3/C5 offer: "顶级复刻", "best batch", "包过安检", "一天稳赚两千" praise the replica, the weapon or the bet
/// on offer. The violation is the offer; moderators label it C3 or C5 alone (fourteen of fifteen independent blind
/// writers did), and a second label there is a false claim finding. Runs last: when a rule (not a learned score) finds
/// the offer, the praise is dropped. A guarantee of an outcome stays beside counterfeit goods ("盗版教材 押题包过" promises
/// an exam pass, a claim of its own), and claims of effect on the body (cures, weight lost) always stay.
/// </summary>
public sealed class IllicitOfferPraise : IDetector
{
    // Absolutes ("顶级", "best batch") praise whatever is offered; guarantees and gains ("包过", "稳赚") only praise a
    // prohibited weapon or bet. The learned claims head scores the same words as the absolutes.
    private static readonly HashSet<string?> Absolutes = ["absolute-term"];
    private static readonly HashSet<string?> Guarantees = ["absolute-claim", "guaranteed-outcome", "income-claim"];

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        bool prohibited = false, counterfeit = false, claims = false;
        foreach (var finding in findings)
        {
            if (finding.Label == Labels.ExaggeratedClaims) claims = true;
            else if (finding.Evidence == Evidence.Model) continue;
            else if (finding.Label == Labels.Prohibited) prohibited = true;
            else if (finding.Label == Labels.Counterfeit) counterfeit = true;
        }
        if (!claims || !(prohibited || counterfeit)) return;

        var praise = new List<Finding>();
        foreach (var finding in findings)
        {
            if (finding.Label != Labels.ExaggeratedClaims) continue;
            var absorbed = finding.Evidence == Evidence.Model || Absolutes.Contains(finding.Detail)
                || (prohibited && Guarantees.Contains(finding.Detail));
            if (!absorbed) return; // a claim of its own keeps the label, and the praise beside it
            praise.Add(finding);
        }
        foreach (var finding in praise) findings.Remove(finding);
    }
}
