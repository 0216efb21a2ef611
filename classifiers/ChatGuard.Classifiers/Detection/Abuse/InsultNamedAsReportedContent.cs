using System.Text.RegularExpressions;

namespace ChatGuard.Classifiers.Detection.Abuse;

/// <summary>
/// C2 (BLK27): a word listed as an item of the abuse being reported — 对方发的nmsl等辱骂内容我们已提交平台审核, 被买家骂了很多难听的，
/// 包括煞笔之类的 — is named, not said: a category noun of abusive content follows it (等辱骂内容), or it is given as an
/// example (包括…之类的). 你就是个煞笔 has neither and stays abuse.
/// </summary>
public static partial class InsultNamedAsReportedContent
{
    /// <summary>Whether the abuse term at [<paramref name="start"/>, <paramref name="end"/>) of the folded text is listed as reported content.</summary>
    public static bool Applies(ReadOnlySpan<char> folded, int start, int end) =>
        ContentCategoryAfter().IsMatch(folded[end..])
        || (ExampleBefore().IsMatch(folded[Math.Max(0, start - 4)..start]) && ExampleAfter().IsMatch(folded[end..]));

    // 等辱骂内容, 之类的脏话, 这种骂人的话: the word, then the kind of content it belongs to.
    [GeneratedRegex(@"^\s*(?:等|之类|之類|这类|這類|这种|這種|这些|這些)(?:的)?(?:辱骂|辱罵|侮辱|骂人|罵人|脏|髒|难听|難聽|不文明|攻击|攻擊)(?:性|的)?(?:内容|內容|话|話|字眼|词|詞|言论|言論|消息|信息|语言|語言)", RegexOptions.CultureInvariant)]
    private static partial Regex ContentCategoryAfter();

    // 包括 / 比如 / 例如 right before the word …
    [GeneratedRegex(@"(?:包括|比如|例如|诸如|諸如)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleBefore();

    // … and 之类(的) / 等 right after it.
    [GeneratedRegex(@"^\s*(?:之类|之類|等等|等)", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleAfter();
}
