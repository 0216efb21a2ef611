using System.Text.Json;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.ScaleOut;

public class CrossNodeTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    /// <summary>
    /// Another node's events come through Redis, on per-group and per-user channels that are not ordered with this
    /// connection's replies: no later marker proves one is not coming, so absence here is a bounded wait.
    /// </summary>
    private static readonly TimeSpan CrossNodeQuiet = TimeSpan.FromMilliseconds(500);

    private static string Id(JsonElement e, string property) => e.GetProperty(property).GetString()!;

    [Fact]
    public async Task Buyer_on_one_node_and_agents_on_both_chat_both_ways()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agentOnB = await cluster.B.ConnectAsync(tenant, "shop1", "agentB", "agent");
        await using var agentOnA = await cluster.A.ConnectAsync(tenant, "shop1", "agentA", "agent");
        await using var otherShopOnB = await cluster.B.ConnectAsync(tenant, "shop2", "agentC", "agent");
        await using var otherTenantOnB = await cluster.B.ConnectAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agentB", "agent");

        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var question = await buyer.SendAsync(conversationId, "你好，这款有现货吗？");
        Assert.Equal(Id(question, "messageId"), Id(await agentOnB.NextAsync("message"), "messageId"));
        Assert.Equal(Id(question, "messageId"), Id(await agentOnA.NextAsync("message"), "messageId"));

        var answer = await agentOnB.SendAsync(conversationId, "有的，今天下单明天发货");
        var received = await buyer.NextAsync("message");
        Assert.Equal(Id(answer, "messageId"), Id(received, "messageId"));
        Assert.Equal("有的，今天下单明天发货", Id(received, "text"));
        Assert.Equal(Id(answer, "messageId"), Id(await agentOnA.NextAsync("message"), "messageId"));

        // The shop's staff group includes the replying desk itself (ChatDelivery).
        Assert.Equal(Id(answer, "messageId"), Id(await agentOnB.NextAsync("message"), "messageId"));

        // Each recipient gets each message once: the sender's node writes locally and skips its own frame.
        await agentOnB.AssertNoneAsync("message", CrossNodeQuiet);
        await buyer.AssertNoneAsync("message", TimeSpan.Zero);
        await agentOnA.AssertNoneAsync("message", TimeSpan.Zero);
        await otherShopOnB.AssertNoneAsync("message", TimeSpan.Zero);
        await otherTenantOnB.AssertNoneAsync("message", TimeSpan.Zero);
    }

    [Fact]
    public async Task A_user_connected_to_both_nodes_gets_the_reply_on_both()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var phone = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var laptop = await cluster.B.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await cluster.B.ConnectAsync(tenant, "shop1", "agentA", "agent");
        var conversationId = Id(await phone.StartConversationAsync("shop1"), "conversationId");

        var reply = await agent.SendAsync(conversationId, "您好，请问需要什么帮助？");

        Assert.Equal(Id(reply, "messageId"), Id(await phone.NextAsync("message"), "messageId"));
        Assert.Equal(Id(reply, "messageId"), Id(await laptop.NextAsync("message"), "messageId"));
        await phone.AssertNoneAsync("message", CrossNodeQuiet);
        await laptop.AssertNoneAsync("message", TimeSpan.Zero);
    }

    [Fact]
    public async Task Flags_reach_the_tenants_moderators_on_the_other_node()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var moderatorOnB = await cluster.B.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        await using var otherTenantModerator = await cluster.B.ConnectAsync(ScriptedGatewayFixture.Unique("t"), null, "mod1", "moderator", "/hubs/moderation");
        await using var buyer = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");

        var held = await buyer.SendAsync(conversationId, "[review] 这条需要人工看一下");

        Assert.Equal("review", Id(held, "action"));
        var flag = await moderatorOnB.NextAsync("flag");
        Assert.Equal(Id(held, "messageId"), Id(flag, "messageId"));
        await otherTenantModerator.AssertNoneAsync("flag", CrossNodeQuiet);
    }

    [Fact]
    public async Task A_moderator_on_one_node_sanctions_a_buyer_on_the_other_and_every_node_enforces_it()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var moderator = await cluster.B.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(cluster.B, tenant, null, "mod1", "moderator");
        await using var buyer = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");

        await buyer.SendAsync(conversationId, "[block] 骗子");
        var flag = await moderator.NextAsync("flag");
        await api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "confirm", note = "confirmed" });

        // S10: the mute decided on B reaches the buyer's connection on A, and both nodes refuse the buyer's sends.
        Assert.Equal("mute", Id(await buyer.NextAsync("sanction"), "kind"));
        Assert.Contains("muted", (await Assert.ThrowsAsync<HubException>(() => buyer.SendAsync(conversationId, "你好"))).Message);
        await using var sameBuyerOnB = await cluster.B.ConnectAsync(tenant, null, "buyer1", "buyer");
        Assert.Contains("muted", (await Assert.ThrowsAsync<HubException>(() => sameBuyerOnB.SendAsync(conversationId, "你好"))).Message);
    }

    [Fact]
    public async Task A_node_adds_and_removes_a_connection_held_by_the_other_node_in_a_group()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agentOnB = await cluster.B.ConnectAsync(tenant, "shop1", "agentB", "agent");
        var connectionId = agentOnB.Connection.ConnectionId!; // negotiated: the id the server addresses
        var hubOnA = cluster.A.Services.GetRequiredService<IHubContext<ChatHub>>();
        var group = $"escalations:{tenant}";

        await hubOnA.Groups.AddToGroupAsync(connectionId, group);
        await hubOnA.Clients.Group(group).SendAsync("message", new { messageId = "m_escalated" });
        Assert.Equal("m_escalated", Id(await agentOnB.NextAsync("message"), "messageId"));

        await hubOnA.Groups.RemoveFromGroupAsync(connectionId, group);
        await hubOnA.Clients.Group(group).SendAsync("message", new { messageId = "m_after_leaving" });
        await agentOnB.AssertNoneAsync("message", CrossNodeQuiet);
    }

    [Fact]
    public async Task Sends_to_one_connection_reach_it_on_the_other_node()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyerOnB = await cluster.B.ConnectAsync(tenant, null, "buyer1", "buyer");
        var connectionId = buyerOnB.Connection.ConnectionId!;

        await cluster.A.Services.GetRequiredService<IHubContext<ChatHub>>().Clients.Client(connectionId).SendAsync("message", new { messageId = "m_direct" });

        Assert.Equal("m_direct", Id(await buyerOnB.NextAsync("message"), "messageId"));
    }

    [Fact]
    public async Task Deployments_with_different_Redis_prefixes_do_not_see_each_other()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        var staging = cluster.StartNode(redisPrefix: "staging" + Guid.NewGuid().ToString("N")[..6]);
        await using var stagingAgent = await staging.ConnectAsync(tenant, "shop1", "agentS", "agent");
        await using var agentOnB = await cluster.B.ConnectAsync(tenant, "shop1", "agentB", "agent");
        await using var buyer = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");

        await buyer.SendAsync(conversationId, "在吗？");

        await agentOnB.NextAsync("message");
        await stagingAgent.AssertNoneAsync("message", CrossNodeQuiet);
    }
}
