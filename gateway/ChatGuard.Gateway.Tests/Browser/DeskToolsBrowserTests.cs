using System.Net.Http.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>The agent desk's working tools and the shop's compliance view, in real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class DeskToolsBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    [Fact]
    public async Task An_agent_sees_unread_messages_filters_and_searches_uses_quick_replies_and_order_context_transfers_and_reads_the_shops_compliance()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        // An answered conversation, and an agent's message a moderator confirmed as a violation (S11 points).
        await using (var buyer2 = await Host.ConnectAsync(tenant, null, "buyer2", "buyer"))
        await using (var agent = await Host.ConnectAsync(tenant, "s1", "agent1", "agent"))
        await using (var moderatorHub = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation"))
        {
            var conversation = (await buyer2.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
            await buyer2.SendAsync(conversation, "能便宜点吗");
            await agent.SendAsync(conversation, "[block]加我微信 wx_linen88 给你优惠");
            var flag = await moderatorHub.NextAsync("flag");
            using var moderator = Host.Http(await Host.TokenAsync(tenant, null, "mod1", "moderator"));
            (await moderator.PostAsJsonAsync($"/api/v1/flags/{flag.GetProperty("flagId").GetString()}/decision", new { decision = "confirm" })).EnsureSuccessStatusCode();
            await agent.SendAsync(conversation, "亲，价格已经是最低了");
        }

        var result = await BrowserScenario.RunAsync("desk-tools.cjs", Host.BaseAddress, new Dictionary<string, string>
        {
            ["TENANT"] = tenant,
            ["PHRASE"] = "亲，在的，请问有什么可以帮您？",
        }, TimeSpan.FromMinutes(3));

        var live = result.GetProperty("live");
        Assert.Equal("1", live.GetProperty("badge").GetString());
        Assert.Equal("(1) ChatGuard 客服工作台", live.GetProperty("title").GetString());
        Assert.Equal(2, live.GetProperty("rows").GetInt32());
        Assert.Equal(["buyer1"], Texts(result, "waitingOnly"));
        Assert.Equal(["buyer2"], Texts(result, "searched"));
        Assert.Equal(["buyer1"], Texts(result, "searchedText"));
        Assert.Contains("订单来源：demo", result.GetProperty("orders").GetString());
        Assert.Equal(0, result.GetProperty("afterOpen").GetProperty("badges").GetInt32());
        Assert.Equal("ChatGuard 客服工作台", result.GetProperty("afterOpen").GetProperty("title").GetString());
        Assert.Equal("亲，在的，请问有什么可以帮您？", result.GetProperty("inserted").GetString());
        Assert.Contains("亲，在的，请问有什么可以帮您？", result.GetProperty("received").GetString());
        Assert.Equal(["agent2 · 忙碌"], Texts(result, "candidates"));
        Assert.Equal("已转接给 agent2", result.GetProperty("transferred").GetString());
        Assert.Equal("agent1 转给你一个会话", result.GetProperty("told").GetString());
        Assert.Equal(["buyer1"], Texts(result, "mine")); // under "mine" on the desk it was handed to

        var compliance = result.GetProperty("compliance");
        var figures = compliance.GetProperty("figures").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToArray();
        Assert.Equal(3, figures.Length);
        Assert.StartsWith("5 分钟回复率（S2）", figures[0][0]);
        Assert.Contains("满意度", figures[2][0]);
        Assert.All(figures, f => Assert.Contains(f[3], new[] { "达标", "未达标", "不考核" }));
        var violation = compliance.GetProperty("violations").EnumerateArray().Single().EnumerateArray().Select(c => c.GetString()).ToArray();
        Assert.Equal("agent1", violation[1]);
        Assert.Equal("辱骂（C2）· 平台不允许辱骂、威胁或冒犯他人的言语。", violation[2]); // the scripted pipeline labels its markers abuse
        Assert.Equal("骚扰他人", violation[3]);
        Assert.Equal($"共 {violation[4]} 分", compliance.GetProperty("total").GetString());
        Assert.Empty(result.GetProperty("problems").EnumerateArray());
    }

    private static string[] Texts(System.Text.Json.JsonElement result, string name) =>
        [.. result.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
