using System.Buffers;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 beside C4: money asked into a channel off the platform — a 微信 or 支付宝 transfer, a QR code, PayPal, Venmo, a bank
/// card — hands the buyer a third-party payment account, which RULES.md C1 names as third-party information. Runs after
/// the term rules: when a payment <em>rule</em> found the ask (not a learned score: a score alone never adds a label) and
/// the message names such a channel, the same span is contact diversion too. Rules that name the account themselves
/// say so in their lexicon (<c>alsoLabels</c>); this covers the generic asks (直接微信转我, 走zfb, "tag is $…").
/// </summary>
public sealed class PaymentAccountDiversion : IDetector
{
    // Matched on the compact view (folded, no spaces: "z f b" reads zfb, "cash app" reads cashapp).
    private static readonly SearchValues<string> Channels = SearchValues.Create(
    [
        "微信", "vx", "wx", "weixin", "wechat", "红包", "支付宝", "zfb", "alipay", "收款码", "付款码", "二维码", "qrcode",
        "paypal", "venmo", "zelle", "cashapp", "gcash", "paynow", "转数快", "fps", "街口", "linepay", "payme", "tng",
        "touchngo", "grabpay", "银行卡", "卡上", "卡号", "户头", "我账户", "我的账户", "我们账户", "我们的账户", "公司账户", "个人账户", "对公账户", "bankaccount", "myaccount", "ouraccount",
    ], StringComparison.OrdinalIgnoreCase);

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        Finding? payment = null;
        foreach (var finding in findings)
        {
            if (finding.Label == Labels.ContactDiversion) return;
            if (payment is null && finding.Label == Labels.OffPlatformPayment && finding.Evidence != Evidence.Model) payment = finding;
        }
        if (payment is null || text.Compact.Text.AsSpan().IndexOfAny(Channels) < 0) return;
        findings.Add(payment with { Label = Labels.ContactDiversion, RuleId = "C1", Detail = "payment account" });
    }
}
