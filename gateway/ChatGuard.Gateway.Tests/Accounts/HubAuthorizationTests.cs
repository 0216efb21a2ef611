using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Tests.Accounts;

public class HubAuthorizationTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnQiOiJ0MSIsInN1YiI6InUxIiwicm9sZSI6ImJ1eWVyIn0.c2lnbmF0dXJl")]
    public async Task Connections_without_a_valid_token_are_refused(string? token)
    {
        await Assert.ThrowsAnyAsync<Exception>(() => ChatClient.ConnectAsync(new Uri(Host.BaseAddress, "/hubs/chat"), token));
    }

    [Fact]
    public async Task A_buyer_cannot_reach_the_moderation_hub()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => Host.ConnectAsync("t1", null, "buyer1", "buyer", "/hubs/moderation"));
    }

    [Fact]
    public async Task An_agent_of_another_shop_or_tenant_cannot_post()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var otherShop = await Host.ConnectAsync(tenant, "shop2", "agentC", "agent");
        await using var otherTenant = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agentA", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var e1 = await Assert.ThrowsAsync<HubException>(() => otherShop.SendAsync(conversationId, "加我"));
        var e2 = await Assert.ThrowsAsync<HubException>(() => otherTenant.SendAsync(conversationId, "加我"));

        Assert.Contains("not a participant", e1.Message);
        Assert.Contains("not a participant", e2.Message);
    }

    [Fact]
    public async Task A_buyer_cannot_post_into_another_buyers_conversation()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var intruder = await Host.ConnectAsync(tenant, null, "buyer2", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        await Assert.ThrowsAsync<HubException>(() => intruder.SendAsync(conversationId, "hello"));
    }

    [Fact]
    public async Task Agents_cannot_start_conversations()
    {
        await using var agent = await Host.ConnectAsync(ScriptedGatewayFixture.Unique("t"), "shop1", "agentA", "agent");

        var e = await Assert.ThrowsAsync<HubException>(() => agent.StartConversationAsync("shop1"));

        Assert.Contains("only buyers", e.Message);
    }
}
