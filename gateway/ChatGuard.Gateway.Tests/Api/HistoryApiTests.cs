using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Api;

public class HistoryApiTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    private async Task<(string Tenant, string ConversationId, string Blocked)> ConversationAsync()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversationId, "在吗");
        var blocked = (await buyer.SendAsync(conversationId, "[block] 骂人的话")).GetProperty("messageId").GetString()!;
        await agent.SendAsync(conversationId, "在的");
        return (tenant, conversationId, blocked);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string tenant, string? shop, string user, string role, string url)
    {
        using var http = Host.Http(await Host.TokenAsync(tenant, shop, user, role));
        var response = await http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonDocument.Parse(text).RootElement : default);
    }

    [Fact]
    public async Task Participants_read_the_history_oldest_first_and_see_only_what_reached_them()
    {
        var (tenant, id, blocked) = await ConversationAsync();

        var (buyerStatus, buyerView) = await GetAsync(tenant, null, "buyer1", "buyer", $"/api/v1/conversations/{id}/messages");
        var (agentStatus, agentView) = await GetAsync(tenant, "shop1", "agent2", "agent", $"/api/v1/conversations/{id}/messages");

        Assert.Equal(HttpStatusCode.OK, buyerStatus);
        Assert.Equal(HttpStatusCode.OK, agentStatus);
        Assert.Equal(["在吗", "[block] 骂人的话", "在的"], buyerView.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
        Assert.Equal("block", buyerView[1].GetProperty("verdict").GetProperty("action").GetString());
        var hidden = agentView.EnumerateArray().Single(m => m.GetProperty("messageId").GetString() == blocked);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("text").ValueKind);
        Assert.Equal("blocked", hidden.GetProperty("state").GetString());
        Assert.False(hidden.TryGetProperty("verdict", out _));
        var sequences = buyerView.EnumerateArray().Select(m => m.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task Moderators_of_the_tenant_read_everything_with_verdicts()
    {
        var (tenant, id, blocked) = await ConversationAsync();

        var (status, view) = await GetAsync(tenant, null, "mod1", "moderator", $"/api/v1/conversations/{id}/messages");

        Assert.Equal(HttpStatusCode.OK, status);
        var m = view.EnumerateArray().Single(x => x.GetProperty("messageId").GetString() == blocked);
        Assert.Equal("[block] 骂人的话", m.GetProperty("text").GetString());
        Assert.Equal("abuse", m.GetProperty("verdict").GetProperty("labels")[0].GetString());
    }

    [Theory]
    [InlineData("same", "shop2", "agent9", "agent")]
    [InlineData("same", null, "buyer2", "buyer")]
    [InlineData("other", "shop1", "agent1", "agent")]
    [InlineData("other", null, "buyer1", "buyer")]
    [InlineData("other", null, "mod1", "moderator")]
    public async Task Everyone_else_gets_404(string tenantKind, string? shop, string user, string role)
    {
        var (tenant, id, _) = await ConversationAsync();

        var (status, _) = await GetAsync(tenantKind == "same" ? tenant : ScriptedGatewayFixture.Unique("t"), shop, user, role,
            $"/api/v1/conversations/{id}/messages");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Paging_returns_messages_after_a_sequence_and_refuses_bad_limits()
    {
        var (tenant, id, _) = await ConversationAsync();
        var (_, all) = await GetAsync(tenant, null, "buyer1", "buyer", $"/api/v1/conversations/{id}/messages");
        var first = all[0].GetProperty("sequence").GetInt64();

        var (_, page) = await GetAsync(tenant, null, "buyer1", "buyer", $"/api/v1/conversations/{id}/messages?after={first}&limit=1");
        var (tooMany, _) = await GetAsync(tenant, null, "buyer1", "buyer", $"/api/v1/conversations/{id}/messages?limit=100000");
        var (negative, _) = await GetAsync(tenant, null, "buyer1", "buyer", $"/api/v1/conversations/{id}/messages?after=-1");
        var (garbage, _) = await GetAsync(tenant, null, "buyer1", "buyer", $"/api/v1/conversations/{id}/messages?limit=abc");

        Assert.Equal(all[1].GetProperty("messageId").GetString(), Assert.Single(page.EnumerateArray()).GetProperty("messageId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, negative);
        Assert.Equal(HttpStatusCode.BadRequest, garbage);
    }

    [Fact]
    public async Task Requests_without_a_token_get_401()
    {
        using var http = Host.Http();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/conversations/c_x/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/v1/moderate", new StringContent("{\"text\":\"hi\"}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }
}
