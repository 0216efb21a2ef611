using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.DeskTools;

/// <summary>The desk's tools through the gateway: quick replies, order context, presence and transfer (S7 on each).</summary>
public class DeskToolsApiTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_shops_agents_manage_its_quick_replies_and_nobody_else_sees_them()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        using var agent = Host.Http(await Host.TokenAsync(tenant, "s1", "a1", "agent"));
        using var colleague = Host.Http(await Host.TokenAsync(tenant, "s1", "a2", "agent"));
        using var otherShop = Host.Http(await Host.TokenAsync(tenant, "s2", "a9", "agent"));
        using var buyer = Host.Http(await Host.TokenAsync(tenant, null, "b1", "buyer"));
        using var moderator = Host.Http(await Host.TokenAsync(tenant, null, "m1", "moderator"));

        var added = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/shops/s1/quick-replies", new { text = "  亲，今天下单明天发货哦  " }), HttpStatusCode.Created);
        Assert.Equal("亲，今天下单明天发货哦", added.GetProperty("text").GetString());
        Assert.Equal("a1", added.GetProperty("createdBy").GetString());
        var listed = await JsonAsync(await colleague.GetAsync("/api/v1/shops/s1/quick-replies"), HttpStatusCode.OK);
        Assert.Equal(["亲，今天下单明天发货哦"], listed.EnumerateArray().Select(q => q.GetProperty("text").GetString()));
        Assert.Single((await JsonAsync(await moderator.GetAsync("/api/v1/shops/s1/quick-replies"), HttpStatusCode.OK)).EnumerateArray());

        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.GetAsync("/api/v1/shops/s1/quick-replies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync("/api/v1/shops/s1/quick-replies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherShop.PostAsJsonAsync("/api/v1/shops/s1/quick-replies", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.PostAsJsonAsync("/api/v1/shops/s1/quick-replies", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/v1/shops/s1/quick-replies", new { text = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/v1/shops/s1/quick-replies", new { text = new string('长', 501) })).StatusCode);

        var id = added.GetProperty("quickReplyId").GetString();
        Assert.Equal(HttpStatusCode.Forbidden, (await otherShop.DeleteAsync($"/api/v1/shops/s1/quick-replies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await colleague.DeleteAsync($"/api/v1/shops/s1/quick-replies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.DeleteAsync($"/api/v1/shops/s1/quick-replies/{id}")).StatusCode);
        Assert.Empty((await JsonAsync(await agent.GetAsync("/api/v1/shops/s1/quick-replies"), HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task The_buyers_orders_are_shown_to_the_shop_and_moderators_only_and_say_where_they_come_from()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "b1", "buyer");
        var conversation = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString();
        using var agent = Host.Http(await Host.TokenAsync(tenant, "s1", "a1", "agent"));
        using var moderator = Host.Http(await Host.TokenAsync(tenant, null, "m1", "moderator"));

        var context = await JsonAsync(await agent.GetAsync($"/api/v1/conversations/{conversation}/order-context"), HttpStatusCode.OK);
        Assert.Equal("demo", context.GetProperty("source").GetString());
        foreach (var order in context.GetProperty("orders").EnumerateArray())
        {
            var items = order.GetProperty("items").EnumerateArray().ToArray();
            Assert.NotEmpty(items);
            Assert.Equal(items.Sum(i => i.GetProperty("price").GetDecimal() * i.GetProperty("quantity").GetInt32()), order.GetProperty("total").GetDecimal());
            Assert.Equal("CNY", order.GetProperty("currency").GetString());
        }
        // The same buyer and shop always get the same demo orders.
        Assert.Equal(context.GetRawText(), (await JsonAsync(await moderator.GetAsync($"/api/v1/conversations/{conversation}/order-context"), HttpStatusCode.OK)).GetRawText());

        using var otherShop = Host.Http(await Host.TokenAsync(tenant, "s2", "a9", "agent"));
        using var buyerHttp = Host.Http(await Host.TokenAsync(tenant, null, "b1", "buyer"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.GetAsync($"/api/v1/conversations/{conversation}/order-context")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyerHttp.GetAsync($"/api/v1/conversations/{conversation}/order-context")).StatusCode);
    }

    [Fact]
    public async Task An_agent_hands_a_conversation_to_a_colleague_at_their_desk_who_is_told_live()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "b1", "buyer");
        var conversation = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString();
        await buyer.SendAsync(conversation!, "想换个尺码");
        await using var colleagueHub = await Host.ConnectAsync(tenant, "s1", "a2", "agent");
        using var agent = Host.Http(await Host.TokenAsync(tenant, "s1", "a1", "agent"));
        using var colleague = Host.Http(await Host.TokenAsync(tenant, "s1", "a2", "agent"));

        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync($"/api/v1/conversations/{conversation}/transfer", new { agentId = "a2" })).StatusCode);
        await JsonAsync(await agent.PutAsJsonAsync("/api/v1/shops/s1/agents/me", new { state = "online" }), HttpStatusCode.OK);
        await JsonAsync(await colleague.PutAsJsonAsync("/api/v1/shops/s1/agents/me", new { state = "busy" }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadRequest, (await colleague.PutAsJsonAsync("/api/v1/shops/s1/agents/me", new { state = "away" })).StatusCode);
        var team = await JsonAsync(await agent.GetAsync("/api/v1/shops/s1/agents"), HttpStatusCode.OK);
        Assert.Equal([("a1", "online"), ("a2", "busy")], team.EnumerateArray().Select(a => (a.GetProperty("agentId").GetString(), a.GetProperty("state").GetString())));

        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync($"/api/v1/conversations/{conversation}/transfer", new { agentId = "a1" })).StatusCode);
        var assigned = await JsonAsync(await agent.PostAsJsonAsync($"/api/v1/conversations/{conversation}/transfer", new { agentId = "a2" }), HttpStatusCode.OK);
        Assert.Equal("a2", assigned.GetProperty("agentId").GetString());
        var pushed = await colleagueHub.NextAsync("conversationAssigned");
        Assert.Equal(conversation, pushed.GetProperty("conversationId").GetString());
        Assert.Equal("a1", pushed.GetProperty("assignedBy").GetString());
        var assignments = await JsonAsync(await colleague.GetAsync("/api/v1/shops/s1/assignments"), HttpStatusCode.OK);
        Assert.Equal([(conversation, "a2")], assignments.EnumerateArray().Select(a => (a.GetProperty("conversationId").GetString(), a.GetProperty("agentId").GetString())));

        // S7: another shop's agent neither sees the team nor moves the shop's conversations.
        using var otherShop = Host.Http(await Host.TokenAsync(tenant, "s2", "a9", "agent"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.GetAsync("/api/v1/shops/s1/agents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.PostAsJsonAsync($"/api/v1/conversations/{conversation}/transfer", new { agentId = "a2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherShop.PutAsJsonAsync("/api/v1/shops/s1/agents/me", new { state = "online" })).StatusCode);
    }
}
