using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Reports;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.Reports;

public class ReportTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private static string Id(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static Task<JsonElement> ReportAsync(ChatClient agent, object request) =>
        agent.Connection.InvokeAsync<JsonElement>("ReportMessages", request);

    private IVerifiedReports Verified => Host.Services.GetRequiredService<IVerifiedReports>();

    private static readonly DateTimeOffset Ever = DateTimeOffset.UnixEpoch;
    private static readonly DateTimeOffset Never = DateTimeOffset.MaxValue.AddYears(-1);

    [Fact]
    public async Task A_report_becomes_a_flag_with_the_conversation_and_a_confirm_verifies_it()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        await using var moderator = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        await buyer.SendAsync(conversationId, "你好，我要退款");
        await agent.SendAsync(conversationId, "请问是什么原因呢");
        var m1 = Id(await buyer.SendAsync(conversationId, "不给我全额退款再赔三倍，我就天天打差评"), "messageId");
        var m2 = Id(await buyer.SendAsync(conversationId, "你们等着"), "messageId");

        var result = await ReportAsync(agent, new { conversationId, messageIds = new[] { m2, m1 }, reason = "unreasonable_demand", note = "extortion" });

        // The detectors may flag the buyer's messages themselves too; the report's flag is the one of kind "report".
        var flag = await moderator.NextAsync("flag");
        while (Id(flag, "kind") != "report") flag = await moderator.NextAsync("flag");
        Assert.Equal(Id(result, "flagId"), Id(flag, "flagId"));
        Assert.Equal("report", Id(flag, "kind"));
        Assert.Equal([m1, m2], flag.GetProperty("messageIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(m2, Id(flag, "messageId"));
        Assert.Equal("buyer1", Id(flag, "senderId"));
        Assert.Equal("unreasonable_demand", Id(flag, "reason"));
        Assert.Equal("agent1", Id(flag, "reportedBy"));
        Assert.Equal(["S9"], flag.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        // The conversation up to the last reported message, read when the flag is opened.
        Assert.Equal(4, (await api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}")).GetProperty("context").GetArrayLength());
        Assert.False(await Verified.IsVerifiedAsync(tenant, m1, CancellationToken.None));
        var again = await ReportAsync(agent, new { conversationId, messageIds = new[] { m1, m2 }, reason = "unreasonable_demand" });
        Assert.Equal(Id(result, "reportId"), Id(again, "reportId"));
        Assert.Equal(Id(result, "flagId"), Id(again, "flagId"));
        await moderator.AssertNoneAsync("flag");

        await api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "confirm", note = "verified" });

        Assert.True(await Verified.IsVerifiedAsync(tenant, m1, CancellationToken.None));
        var verified = await Verified.ListVerifiedAsync(tenant, "shop1", Ever, Never, CancellationToken.None);
        Assert.Equal([m1, m2], verified.Select(v => v.MessageId));
        Assert.Equal(Id(result, "reportId"), verified[0].ReportId);
        Assert.Empty(await Verified.ListVerifiedAsync(tenant, "shop2", Ever, Never, CancellationToken.None));
        // A verified abusive buyer is also sanctioned (S10: malicious claims).
        Assert.Equal("mute", Id(await buyer.NextAsync("sanction"), "kind"));
    }

    [Fact]
    public async Task A_dismissed_report_verifies_nothing()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var m1 = Id(await buyer.SendAsync(conversationId, "能不能便宜点"), "messageId");

        var result = await ReportAsync(agent, new { conversationId, messageIds = new[] { m1 }, reason = "unreasonable_demand" });
        await api.OkAsync($"/api/v1/flags/{Id(result, "flagId")}/decision", new { decision = "dismiss", note = "ordinary bargaining" });

        Assert.False(await Verified.IsVerifiedAsync(tenant, m1, CancellationToken.None));
        await buyer.AssertNoneAsync("sanction");
    }

    [Fact]
    public async Task Only_the_shops_agents_report_and_only_the_buyers_messages_of_that_conversation()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var otherBuyer = await Host.ConnectAsync(tenant, null, "buyer2", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        await using var otherShop = await Host.ConnectAsync(tenant, "shop2", "agent2", "agent");
        await using var otherTenant = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agent1", "agent");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var otherConversation = Id(await otherBuyer.StartConversationAsync("shop1"), "conversationId");
        var buyerMessage = Id(await buyer.SendAsync(conversationId, "垃圾店"), "messageId");
        var agentMessage = Id(await agent.SendAsync(conversationId, "您好"), "messageId");
        var elsewhere = Id(await otherBuyer.SendAsync(otherConversation, "你好"), "messageId");

        async Task<string> RefusedAsync(ChatClient who, object request) => (await Assert.ThrowsAsync<HubException>(() => ReportAsync(who, request))).Message;
        Assert.Contains("not a buyer message", await RefusedAsync(agent, new { conversationId, messageIds = new[] { agentMessage }, reason = "abuse" }));
        Assert.Contains("not a buyer message", await RefusedAsync(agent, new { conversationId, messageIds = new[] { elsewhere }, reason = "abuse" }));
        Assert.Contains("not a buyer message", await RefusedAsync(agent, new { conversationId, messageIds = new[] { "m_nope" }, reason = "abuse" }));
        Assert.Contains("messageIds must be", await RefusedAsync(agent, new { conversationId, messageIds = Array.Empty<string>(), reason = "abuse" }));
        Assert.Contains("reason is required", await RefusedAsync(agent, new { conversationId, messageIds = new[] { buyerMessage }, reason = "rude" }));
        Assert.Contains("not your shop", await RefusedAsync(otherShop, new { conversationId, messageIds = new[] { buyerMessage }, reason = "abuse" }));
        Assert.Contains("not your shop", await RefusedAsync(otherTenant, new { conversationId, messageIds = new[] { buyerMessage }, reason = "abuse" }));
        Assert.Contains("only a shop's agents", await RefusedAsync(buyer, new { conversationId, messageIds = new[] { buyerMessage }, reason = "abuse" }));
        using var api = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        Assert.Empty((await api.OkAsync("/api/v1/flags?kind=report")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/flags?kind=report")).Status);
    }
}
