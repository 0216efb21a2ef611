using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Audit;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.Blocks;

public class BlockTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private static string Id(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static Task<JsonElement> BlockAsync(ChatClient agent, object request) =>
        agent.Connection.InvokeAsync<JsonElement>("BlockBuyer", request);

    [Fact]
    public async Task A_blocked_buyer_cannot_message_the_shop_until_the_block_is_lifted()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var otherShopConversation = Id(await buyer.StartConversationAsync("shop2"), "conversationId");
        await buyer.SendAsync(conversationId, "退款！不退我天天来骂");

        var block = await BlockAsync(agent, new { conversationId, reason = "harassment", note = "threatens daily abuse" });
        var blockId = Id(block, "blockId");

        var refused = await Assert.ThrowsAsync<HubException>(() => buyer.SendAsync(conversationId, "你好"));
        Assert.Contains("shop shop1 has blocked you", refused.Message);
        Assert.Contains("harassment", refused.Message);
        Assert.Equal("allow", Id(await buyer.SendAsync(otherShopConversation, "你好"), "action"));
        Assert.Equal("allow", Id(await agent.SendAsync(conversationId, "您好"), "action"));
        var again = await BlockAsync(agent, new { conversationId, reason = "abuse" });
        Assert.Equal(blockId, Id(again, "blockId"));
        Assert.True(again.GetProperty("alreadyBlocked").GetBoolean());

        using var moderator = await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator");
        var listed = (await moderator.OkAsync("/api/v1/blocks?shopId=shop1")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(blockId, Id(listed, "blockId"));
        Assert.Equal("harassment", Id(listed, "reason"));
        Assert.Equal("threatens daily abuse", Id(listed, "note"));
        Assert.Equal("buyer1", Id(listed, "buyerId"));
        Assert.Equal("agent1", Id(listed, "blockedBy"));
        Assert.True(listed.GetProperty("active").GetBoolean());

        using var agentApi = await ApiClient.ForAsync(Host, tenant, "shop1", "agent2", "agent");
        var lifted = await agentApi.OkAsync($"/api/v1/blocks/{blockId}/lift", new { note = "apologised" });
        Assert.False(lifted.GetProperty("active").GetBoolean());
        Assert.Equal("agent2", Id(lifted, "liftedBy"));
        Assert.Equal("allow", Id(await buyer.SendAsync(conversationId, "对不起"), "action"));
        var audit = await Host.Services.GetRequiredService<IAuditLog>().ForSubjectAsync(tenant, blockId, CancellationToken.None);
        Assert.Equal(("block.lift", "agent2", "apologised"), (audit.Single().Action, audit.Single().ActorId, audit.Single().Note));
        Assert.Single((await moderator.OkAsync("/api/v1/blocks?active=false")).GetProperty("items").EnumerateArray());
        Assert.NotEqual(blockId, Id(await BlockAsync(agent, new { conversationId, reason = "abuse" }), "blockId"));
    }

    [Fact]
    public async Task A_block_needs_a_known_reason_and_the_agents_own_conversation()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        await using var otherShop = await Host.ConnectAsync(tenant, "shop2", "agent2", "agent");
        await using var otherTenant = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agent1", "agent");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");

        Assert.Contains("reason is required", (await Assert.ThrowsAsync<HubException>(() => BlockAsync(agent, new { conversationId }))).Message);
        Assert.Contains("reason is required", (await Assert.ThrowsAsync<HubException>(() => BlockAsync(agent, new { conversationId, reason = "annoying" }))).Message);
        Assert.Contains("must be a string", (await Assert.ThrowsAsync<HubException>(() => BlockAsync(agent, new { conversationId = 5, reason = "abuse" }))).Message);
        Assert.Contains("request object", (await Assert.ThrowsAsync<HubException>(() => BlockAsync(agent, "nope"))).Message);
        foreach (var stranger in new[] { otherShop, otherTenant })
            Assert.Contains("not your shop", (await Assert.ThrowsAsync<HubException>(() => BlockAsync(stranger, new { conversationId, reason = "abuse" }))).Message);
        Assert.Contains("only a shop's agents", (await Assert.ThrowsAsync<HubException>(() => BlockAsync(buyer, new { conversationId, reason = "abuse" }))).Message);
        Assert.Equal("allow", Id(await buyer.SendAsync(conversationId, "你好"), "action"));
    }

    [Fact]
    public async Task Blocks_are_visible_to_the_shop_and_the_tenants_moderators_only()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var blockId = Id(await BlockAsync(agent, new { conversationId, reason = "ads" }), "blockId");
        using var ownShop = await ApiClient.ForAsync(Host, tenant, "shop1", "agent1", "agent");
        using var otherShop = await ApiClient.ForAsync(Host, tenant, "shop2", "agent2", "agent");
        using var buyerApi = await ApiClient.ForAsync(Host, tenant, null, "buyer1", "buyer");
        using var otherModerator = await ApiClient.ForAsync(Host, ScriptedGatewayFixture.Unique("t"), null, "mod1", "moderator");

        Assert.Single((await ownShop.OkAsync("/api/v1/blocks")).GetProperty("items").EnumerateArray());
        Assert.Empty((await otherShop.OkAsync("/api/v1/blocks")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.GetAsync("/api/v1/blocks?shopId=shop1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.PostAsync($"/api/v1/blocks/{blockId}/lift", new { note = "x" })).Status);
        Assert.Empty((await otherModerator.OkAsync("/api/v1/blocks")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherModerator.PostAsync($"/api/v1/blocks/{blockId}/lift", new { note = "x" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyerApi.GetAsync("/api/v1/blocks")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyerApi.PostAsync($"/api/v1/blocks/{blockId}/lift", new { note = "x" })).Status);
        await Assert.ThrowsAsync<HubException>(() => buyer.SendAsync(conversationId, "还在吗"));
    }
}
