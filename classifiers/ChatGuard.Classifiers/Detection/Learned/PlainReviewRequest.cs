using System.Buffers;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C7 (003 §3.6) forbids a benefit for a positive review, dictating what to write and asking to delete or change a
/// review — not asking for one. The learned review head scores an agent's plain "收到货满意的话，麻烦给个好评哦" near 0.95:
/// the independent writers left plain requests out as ambiguous, so the corpus holds few legitimate ones against a
/// hundred violating review families. Runs after the learned heads: a review finding the model made alone is dropped
/// when the message asks on a condition (满意的话, if you're happy) and names nothing beyond the review — no benefit,
/// no wording, no stars to give, no change. Any rule finding of the label keeps every finding.
/// </summary>
public sealed class PlainReviewRequest : IDetector
{
    // Folded text: simplified Chinese, lower case.
    private static readonly SearchValues<string> Conditions = SearchValues.Create(
    [
        "满意的话", "如果满意", "若满意", "用着满意", "喜欢的话", "如果喜欢", "觉得不错的话", "觉得好用的话", "方便的话", "有空的话", "有时间的话",
        "if you're happy", "if you are happy", "if you're satisfied", "if you are satisfied", "if you enjoyed", "if you enjoy",
        "if you like it", "if you liked it", "if you love it", "if you have a minute", "if you have a moment", "when you have a moment",
        "whenever you have time",
    ], StringComparison.Ordinal);

    // Anything a request would be a violation with: a benefit, wording, a rating to give, a change, a step off the app.
    private static readonly SearchValues<string> BeyondTheReview = SearchValues.Create(
    [
        "返", "送", "红包", "🧧", "元", "块", "券", "减", "折", "免", "赠", "礼", "奖", "抽", "惊喜", "福利", "补偿", "退", "现金", "积分", "优惠",
        "写", "字", "提一下", "说", "五星", "5星", "五分", "满分", "删", "改", "追评", "截图", "联系", "私", "加我",
        "cash", "free", "gift", "voucher", "coupon", "discount", "off", "rebate", "refund", "bonus", "surprise", "reward", "worth",
        "point", "$", "₱", "write", "mention", "say", "copy", "star", "delete", "remove", "change", "edit", "update",
        "screenshot", "dm me", "dm us", "pm me", "contact", "message me",
    ], StringComparison.Ordinal);

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        List<Finding>? byModel = null;
        foreach (var finding in findings)
        {
            if (finding.Label != Labels.ReviewSolicitation) continue;
            if (finding.Evidence != Evidence.Model) return;
            (byModel ??= []).Add(finding);
        }
        if (byModel is null) return;
        var folded = text.Text.AsSpan();
        if (folded.IndexOfAny(Conditions) < 0 || folded.IndexOfAny(BeyondTheReview) >= 0) return;
        foreach (var finding in byModel) findings.Remove(finding);
    }
}
