using System.Net;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Pages;

public class PageServingTests
{
    [Theory]
    [InlineData("/console", "ChatGuard 审核台")]
    [InlineData("/desk", "ChatGuard 客服工作台")]
    [InlineData("/widget", "店铺聊天组件演示")]
    public async Task Each_page_is_served_with_a_strict_content_security_policy(string route, string title)
    {
        await using var host = new GatewayBuilder().Build();
        using var http = host.Http();

        var response = await http.GetAsync(route);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, html, StringComparison.OrdinalIgnoreCase);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        // No inline script: the policy would block it.
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task The_signalr_browser_client_built_from_npm_is_served()
    {
        await using var host = new GatewayBuilder().Build();
        using var http = host.Http();

        var response = await http.GetAsync("/lib/signalr.min.js");

        Assert.True(response.StatusCode == HttpStatusCode.OK, "wwwroot/lib/signalr.min.js is missing: the build copies it from gateway/web/node_modules");
        Assert.Contains("signalR", await response.Content.ReadAsStringAsync());
    }
}
