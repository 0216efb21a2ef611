using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>The agent desk and the storefront widget in real headless Chromium against a real gateway.</summary>
[Collection(BrowserCollection.Name)]
public class DeskBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    [Fact]
    public async Task An_agent_in_the_desk_answers_a_buyer_sees_why_a_reply_was_not_delivered_and_reports_and_blocks_the_buyer()
    {
        var result = await BrowserScenario.RunAsync("desk.cjs", fixture.Host.BaseAddress, new Dictionary<string, string>
        {
            ["TENANT"] = ScriptedGatewayFixture.Unique("t"),
            ["BUYER"] = "buyer1",
            ["QUESTION"] = "你好，请问这件衬衫有XL吗？",
            ["ANSWER"] = "有的，XL今天下单明天发货",
            ["BLOCKED"] = "先付300定金到我支付宝再发货", // C4: a deposit outside the platform is not delivered (held or blocked, per the profile)
        }, TimeSpan.FromMinutes(2));

        // Unanswered, with its waiting time, before the agent answered; answered afterwards.
        Assert.StartsWith("waiting ", result.GetProperty("waiting").GetString());
        Assert.Contains("请问这件衬衫有XL吗", result.GetProperty("preview").GetString());
        Assert.Contains("请问这件衬衫有XL吗", result.GetProperty("thread").GetString());
        Assert.Equal("有的，XL今天下单明天发货", result.GetProperty("receivedText").GetString());
        Assert.Contains("Agent agent1: 有的", result.GetProperty("answeredList").GetString());
        Assert.DoesNotContain("waiting", result.GetProperty("answeredList").GetString());
        Assert.Matches("Not delivered|Held for a moderator", result.GetProperty("verdictText").GetString());
        Assert.Contains("Off-platform payment (C4)", result.GetProperty("verdictText").GetString());
        // S9: the report reaches the moderators' queue with the agent's reason and note; S6: the block is logged
        // with its reason, listed for moderators, and the buyer's next message is refused with it.
        Assert.Equal("Report sent to the moderators", result.GetProperty("reported").GetString());
        Assert.Contains("Reported by agent1: unreasonable_demand", result.GetProperty("report").GetString());
        Assert.Contains("S9", result.GetProperty("report").GetString());
        Assert.Equal("Buyer buyer1 blocked", result.GetProperty("blockedToast").GetString());
        Assert.Equal("This shop no longer receives your messages. If you think this is wrong, contact platform support.", result.GetProperty("refused").GetString());
        Assert.Contains("Harassment", result.GetProperty("blocks").GetString());
        Assert.Contains("agent1", result.GetProperty("blocks").GetString());
        Assert.Empty(result.GetProperty("problems").EnumerateArray());
        foreach (var file in new[] { "desk.png", "widget-answered.png", "console-blocks.png" })
            Assert.True(File.Exists(Path.Combine(BrowserScenario.ScreenshotDirectory, file)), file);
    }
}
