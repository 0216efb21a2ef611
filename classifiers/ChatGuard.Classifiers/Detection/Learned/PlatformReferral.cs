using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C6: a shop pointing the buyer to the platform's own service (有问题可以联系抖音官方客服, "please contact TikTok Shop
/// support", 请以抖音官方公告为准) speaks of the platform in the third person; posing as it is speaking in its name, which the impersonation
/// rules read (我是官方客服, 【平台通知】). A message that also says who the sender is (我是…, "this is …") may be a pose
/// that points to "the" service it claims to be, so it is not a referral here. Read on the folded text.
/// </summary>
public static partial class PlatformReferral
{
    public static bool In(string folded) => Referral().IsMatch(folded) && !SenderIntroduced().IsMatch(folded);

    [GeneratedRegex(@"我是|我们是|本人是|这里是|\b(?:this\s+is|i'?m\s+from|i\s+am\s+from|we\s+are|here\s+is)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SenderIntroduced();

    [GeneratedRegex(
        @"(?:联系|咨询|找|拨打|致电|转接|转|求助|申请)(?:一下)?(?:平台|官方|抖音|快手|飞鸽|小店|淘宝|拼多多|京东|虾皮|蝦皮)(?:的)?(?:官方)?(?:人工)?(?:客服|客服中心|小二)"
        + @"|以(?:抖音|快手|飞鸽|淘宝|拼多多|京东|虾皮|蝦皮)?(?:的)?(?:平台|官方)(?:的)?(?:最新)?(?:公告|通知|规则|说明|页面)为准"
        + @"|\b(?:contact|reach(?:\s+out\s+to)?|get\s+in\s+touch\s+with|ask|message|call)\s+(?:the\s+)?(?:tiktok(?:\s+shop)?|shopee|lazada|amazon|ebay|etsy|platform|app)(?:'s)?\s+(?:customer\s+)?(?:support|service|help\s*cent(?:er|re))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Referral();
}
