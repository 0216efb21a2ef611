namespace ChatGuard.Gateway.Pages;

/// <summary>
/// Response headers of the pages and their files. The pages load scripts and styles from the gateway only and
/// contain no inline script, so a strict content-security policy holds; chat text is only ever set as text.
/// </summary>
public static class PageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response, bool isPage)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (!isPage) return;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.CacheControl = "no-cache";
    }
}
