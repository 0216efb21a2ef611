using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 beside C4: money asked into a channel off the platform — a 微信 or 支付宝 transfer, a QR code, PayPal, Venmo, a bank
/// card — hands the buyer a third-party payment account, which RULES.md C1 names as third-party information. Runs after
/// the term rules: when a payment <em>rule</em> found the ask (not a learned score: a score alone never adds a label) and
/// the message names such a channel (the lexicon family <see cref="CompiledLexicon.PaymentChannelFamily"/>), the same
/// span is contact diversion too. Rules that name the account themselves say so in their lexicon (<c>alsoLabels</c>);
/// this covers the generic asks (直接微信转我, 走zfb, "tag is $…").
/// </summary>
public sealed class PaymentAccountDiversion(LexiconCatalog lexicons) : IDetector
{
    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        Finding? payment = null;
        foreach (var finding in findings)
        {
            if (finding.Label == Labels.ContactDiversion) return;
            if (payment is null && finding.Label == Labels.OffPlatformPayment && finding.Evidence != Evidence.Model) payment = finding;
        }
        // Matched on the compact view (folded, no spaces: "z f b" reads zfb, "cash app" reads cashapp).
        if (payment is null || text.Compact.Text.AsSpan().IndexOfAny(lexicons.For(context.Profile.Name).PaymentChannels) < 0) return;
        findings.Add(payment with { Label = Labels.ContactDiversion, RuleId = "C1", Detail = "payment account" });
    }
}
