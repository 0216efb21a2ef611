namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 precision: a marketplace's own help centre (<c>help.etsy.com</c>, <c>ebay.co.uk/help</c>, <c>help.shopee.sg</c>),
/// pointed to for the return or refund steps, leads to the platform's rules and to no seller. Only a help host or path
/// on a marketplace's exact domain counts: <c>help.shopee-refund.top</c> or <c>shopee.help.xyz</c> stay links.
/// </summary>
public static class MarketplaceHelpPage
{
    private static readonly string[] Marketplaces =
    [
        "etsy", "ebay", "amazon", "shopee", "lazada", "tiktok", "temu", "aliexpress", "alibaba", "mercadolibre", "mercadolivre",
        "jumia", "allegro", "ozon", "wildberries", "trendyol", "hepsiburada", "tokopedia", "carousell", "walmart", "depop",
        "vinted", "poshmark", "mercari", "taobao", "tmall", "jd", "pinduoduo", "rakuten", "flipkart", "noon", "zalando",
        "kaspi", "daraz", "coupang", "momo", "pchome", "shein",
    ];

    private static readonly string[] HelpLabels = ["help", "support", "helpcenter", "seller-help", "sellerhelp", "customerservice"];

    /// <summary>Whether <paramref name="host"/> (dots already read) and its <paramref name="path"/> are a marketplace's help page.</summary>
    public static bool Names(string host, string path)
    {
        // A marketplace's host has a handful of labels; one with more than the buffer holds is no help page.
        Span<Range> labels = stackalloc Range[8];
        var span = host.AsSpan();
        var count = span.Split(labels, '.');
        if (count == labels.Length) return false;
        var first = span[labels[0]] is "www" ? 1 : 0;
        // help.<marketplace>.<country suffix> or <marketplace>.<country suffix>/help…
        var helpHost = IsHelpLabel(span[labels[first]]);
        var market = helpHost ? first + 1 : first;
        if (market >= count - 1 || !IsMarketplace(span[labels[market]])) return false;
        for (var i = market + 1; i < count; i++)
            if (span[labels[i]].Length is 0 or > 3) return false;
        return helpHost || HelpPath(path);
    }

    private static bool IsHelpLabel(ReadOnlySpan<char> label)
    {
        foreach (var help in HelpLabels)
            if (label.SequenceEqual(help)) return true;
        return false;
    }

    private static bool IsMarketplace(ReadOnlySpan<char> label)
    {
        foreach (var market in Marketplaces)
            if (label.SequenceEqual(market)) return true;
        return false;
    }

    private static bool HelpPath(string path)
    {
        var p = path.AsSpan().TrimStart('/');
        foreach (var label in HelpLabels)
            if (p.StartsWith(label, StringComparison.Ordinal) && (p.Length == label.Length || p[label.Length] is '/' or '?' or '#' or '-' or '_'))
                return true;
        return false;
    }
}
