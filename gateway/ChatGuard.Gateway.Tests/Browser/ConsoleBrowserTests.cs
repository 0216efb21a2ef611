using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>The moderator console and the storefront widget in real headless Chromium against a real gateway.</summary>
[Collection(BrowserCollection.Name)]
public class ConsoleBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    [Fact]
    public async Task A_violating_widget_message_appears_live_in_the_console_and_the_buyer_sees_the_mute_the_confirmation_applies_until_it_is_lifted()
    {
        var result = await BrowserScenario.RunAsync("widget-console.cjs", fixture.Host.BaseAddress, new Dictionary<string, string>
        {
            ["TENANT"] = ScriptedGatewayFixture.Unique("t"),
            ["BUYER"] = "buyer1",
            ["EARLIER"] = "请问这款有现货吗",
            ["TEXT"] = "我的微信号是wx88886666，加我发你链接", // C1: an IM handle, masked and flagged
        }, TimeSpan.FromMinutes(2));

        // The buyer is told in plain words what moderation did to the message, without the rule's id.
        Assert.Contains("Sent with parts hidden. Contact details, links and accounts outside the platform are not allowed.", result.GetProperty("verdictText").GetString());
        Assert.DoesNotContain("C1", result.GetProperty("verdictText").GetString());
        // The console shows it without a reload, the handle marked, the rule clause named, and counted in the chart.
        Assert.Contains("Contact diversion", result.GetProperty("rowText").GetString());
        Assert.Contains(result.GetProperty("marked").EnumerateArray(), m => m.GetString()!.Contains("wx88886666"));
        Assert.Equal(["C1"], result.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.True(result.GetProperty("chartBars").GetInt32() >= 1);
        // Opening the flag brings the conversation before it (not sent with the live event).
        Assert.Contains("请问这款有现货吗", result.GetProperty("thread").GetString());
        Assert.Contains("wx88886666", result.GetProperty("thread").GetString());
        Assert.Contains("Confirmed", result.GetProperty("decided").GetString());
        Assert.Contains("mod1", result.GetProperty("decided").GetString());
        Assert.Contains("Contact details to move the buyer off the platform.", result.GetProperty("decided").GetString());
        // S10: the confirmation mutes the buyer, live, in the widget.
        Assert.StartsWith("You cannot send messages until ", result.GetProperty("noticeText").GetString());
        Assert.Contains("appeal", result.GetProperty("noticeText").GetString());
        Assert.DoesNotMatch(@"\b[CS]\d+\b|#\d", result.GetProperty("noticeText").GetString()!);
        Assert.True(result.GetProperty("inputDisabled").GetBoolean());
        Assert.Contains("buyer1", result.GetProperty("sanctions").GetString());
        // A lift reaches the widget live too.
        Assert.Equal("You can chat again.", result.GetProperty("liftedNotice").GetString());
        Assert.Empty(result.GetProperty("problems").EnumerateArray());
        foreach (var file in new[] { "console-flag.png", "widget-muted.png", "console-sanctions.png" })
            Assert.True(File.Exists(Path.Combine(BrowserScenario.ScreenshotDirectory, file)), file);
    }
}
