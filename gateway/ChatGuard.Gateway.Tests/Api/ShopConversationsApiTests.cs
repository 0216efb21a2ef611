using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Api;

public class ShopConversationsApiTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    [Fact]
    public async Task The_desk_lists_the_shops_conversations_unanswered_first_with_the_agents_view_of_the_last_message()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var early = await Host.ConnectAsync(tenant, null, "early", "buyer");
        await using var late = await Host.ConnectAsync(tenant, null, "late", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "s1", "a1", "agent");
        var earlyId = (await early.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
        var lateId = (await late.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
        await early.SendAsync(earlyId, "还在吗");
        await late.SendAsync(lateId, "在吗");
        await agent.SendAsync(lateId, "在的，请问有什么可以帮您");
        await early.SendAsync(earlyId, "[mask]想问下尺码");

        using var http = Host.Http(await Host.TokenAsync(tenant, "s1", "a1", "agent"));
        using var body = JsonDocument.Parse(await http.GetStringAsync("/api/v1/shops/s1/conversations"));
        var items = body.RootElement.EnumerateArray().ToArray();

        Assert.Equal([earlyId, lateId], items.Select(i => i.GetProperty("conversationId").GetString()));
        Assert.True(items[0].GetProperty("unanswered").GetBoolean());
        Assert.True(items[0].GetProperty("waitingSeconds").GetInt64() >= 0);
        Assert.Equal("early", items[0].GetProperty("buyerId").GetString());
        // The agent sees what was delivered to the shop: the masked text, not the buyer's original.
        var last = items[0].GetProperty("lastMessage");
        Assert.Equal("buyer", last.GetProperty("senderRole").GetString());
        Assert.DoesNotContain("[mask]", last.GetProperty("text").GetString());
        Assert.False(items[1].GetProperty("unanswered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("waitingSince").ValueKind);
        Assert.Equal("agent", items[1].GetProperty("lastMessage").GetProperty("senderRole").GetString());
    }

    [Fact]
    public async Task A_buyer_who_only_opened_the_chat_is_not_listed()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var browsing = await Host.ConnectAsync(tenant, null, "browsing", "buyer");
        await using var asking = await Host.ConnectAsync(tenant, null, "asking", "buyer");
        await browsing.StartConversationAsync("s1");
        var askingId = (await asking.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
        await asking.SendAsync(askingId, "有现货吗");

        using var http = Host.Http(await Host.TokenAsync(tenant, "s1", "a1", "agent"));
        using var body = JsonDocument.Parse(await http.GetStringAsync("/api/v1/shops/s1/conversations"));

        Assert.Equal(["asking"], body.RootElement.EnumerateArray().Select(i => i.GetProperty("buyerId").GetString()));
    }

    [Theory]
    [InlineData("s2", "a2", "agent", HttpStatusCode.NotFound)]
    [InlineData(null, "b1", "buyer", HttpStatusCode.Forbidden)]
    [InlineData(null, "m1", "moderator", HttpStatusCode.OK)]
    [InlineData("s1", "a1", "agent", HttpStatusCode.OK)]
    public async Task Only_the_shops_agents_and_the_tenants_moderators_may_list_it(string? shop, string user, string role, HttpStatusCode expected)
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        using var http = Host.Http(await Host.TokenAsync(tenant, shop, user, role));
        Assert.Equal(expected, (await http.GetAsync("/api/v1/shops/s1/conversations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Http().GetAsync("/api/v1/shops/s1/conversations")).StatusCode);
    }

    [Fact]
    public async Task Moderators_see_only_their_own_tenants_conversations()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "b1", "buyer");
        await buyer.SendAsync((await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!, "在吗");

        using var own = Host.Http(await Host.TokenAsync(tenant, null, "m1", "moderator"));
        using var other = Host.Http(await Host.TokenAsync(ScriptedGatewayFixture.Unique("t"), null, "m1", "moderator"));

        Assert.Single(JsonDocument.Parse(await own.GetStringAsync("/api/v1/shops/s1/conversations")).RootElement.EnumerateArray());
        Assert.Empty(JsonDocument.Parse(await other.GetStringAsync("/api/v1/shops/s1/conversations")).RootElement.EnumerateArray());
    }
}
