using System.Net.Http.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>Two moderators working the queue at once in real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ConsoleThroughputBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    [Fact]
    public async Task Moderators_claim_flags_decide_by_keyboard_and_in_bulk_and_find_merchant_violations_and_the_rules()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using (var moderatorHub = await Host.ConnectAsync(tenant, null, "mod0", "moderator", "/hubs/moderation"))
        {
            // A merchant violation first (for its tab), then three pending buyer flags.
            await using var agent = await Host.ConnectAsync(tenant, "s1", "agent1", "agent");
            await using var asker = await Host.ConnectAsync(tenant, null, "buyer9", "buyer");
            var asked = (await asker.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
            await asker.SendAsync(asked, "能便宜点吗");
            await agent.SendAsync(asked, "[block]爱买不买，穷就别买");
            var agentFlag = (await moderatorHub.NextAsync("flag")).GetProperty("flagId").GetString();
            using var moderator = Host.Http(await Host.TokenAsync(tenant, null, "mod0", "moderator"));
            (await moderator.PostAsJsonAsync($"/api/v1/flags/{agentFlag}/decision", new { decision = "confirm" })).EnsureSuccessStatusCode();
            foreach (var buyerId in new[] { "b1", "b2", "b3" })
            {
                await using var buyer = await Host.ConnectAsync(tenant, null, buyerId, "buyer");
                var conversation = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
                await buyer.SendAsync(conversation, $"[review]{buyerId}：你们就是骗子");
                await moderatorHub.NextAsync("flag");
            }
        }

        var result = await BrowserScenario.RunAsync("console-throughput.cjs", Host.BaseAddress, new Dictionary<string, string>
        {
            ["TENANT"] = tenant,
            ["SEARCH"] = "b1",
        }, TimeSpan.FromMinutes(3));

        var rows = result.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.Equal("ok", r.GetProperty("sla").GetString())); // fresh flags are within the SLA
        Assert.All(rows, r => Assert.EndsWith("秒", r.GetProperty("age").GetString()));
        Assert.Equal("你正在处理这条标记，其他审核员不会同时处理。", result.GetProperty("claimText").GetString());
        // The decision is in view at 1440×900 without scrolling.
        var box = result.GetProperty("box");
        Assert.Equal(0, result.GetProperty("scrolled").GetInt32());
        Assert.True(box.GetProperty("y").GetDouble() + box.GetProperty("height").GetDouble() <= result.GetProperty("viewport").GetProperty("height").GetDouble(), box.ToString());

        Assert.Equal("mod1 is working on it", result.GetProperty("claimedChip").GetString());
        Assert.Equal("mod1 is working on it", result.GetProperty("blocked").GetProperty("text").GetString());
        Assert.True(result.GetProperty("blocked").GetProperty("disabled").GetBoolean());

        Assert.Equal("decision-note", result.GetProperty("noteFocused").GetString());
        Assert.Contains("已确认违规", result.GetProperty("confirmedNote").GetString());
        Assert.Contains("mod1", result.GetProperty("confirmedNote").GetString());
        Assert.Contains("辱骂买家，确认违规", result.GetProperty("confirmedNote").GetString());

        Assert.Equal([rows[2].GetProperty("id").GetString()], result.GetProperty("searched").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2 selected", result.GetProperty("selected").GetString());
        Assert.Equal("Decided 1 of 2", result.GetProperty("bulk").GetString()); // the third is mod1's now
        Assert.True(result.GetProperty("chartBars").GetInt32() >= 1);
        Assert.Contains("agent1", result.GetProperty("violations").GetString());
        Assert.Contains("Abuse (C2)", result.GetProperty("violations").GetString());
        var rules = result.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Equal(20, rules.Length);
        Assert.StartsWith("C1Contact diversion", rules[0]);
        Assert.Contains("Source: 001 §2.3; 003 §3.4; 004 §2.3", rules[0]);
        Assert.Empty(result.GetProperty("problems").EnumerateArray());
    }
}
