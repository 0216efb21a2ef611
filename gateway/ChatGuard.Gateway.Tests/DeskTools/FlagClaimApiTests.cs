using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.DeskTools;

/// <summary>Two moderators never work the same flag: claims through the API, and the decision refused to the other one.</summary>
public class FlagClaimApiTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

    [Fact]
    public async Task A_claimed_flag_is_refused_to_another_moderator_until_its_holder_lets_it_go()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var moderatorHub = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        await using var buyer = await Host.ConnectAsync(tenant, null, "b1", "buyer");
        var conversation = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversation, "[review]你们是骗子");
        var flagId = (await moderatorHub.NextAsync("flag")).GetProperty("flagId").GetString();
        using var first = Host.Http(await Host.TokenAsync(tenant, null, "mod1", "moderator"));
        using var second = Host.Http(await Host.TokenAsync(tenant, null, "mod2", "moderator"));

        var claim = await first.PostAsync($"/api/v1/flags/{flagId}/claim", null);
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        var refused = await second.PostAsync($"/api/v1/flags/{flagId}/claim", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("mod1", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("claim").GetProperty("moderatorId").GetString());
        var claims = JsonDocument.Parse(await second.GetStringAsync("/api/v1/flag-claims")).RootElement;
        Assert.Equal([(flagId, "mod1")], claims.EnumerateArray().Select(c => (c.GetProperty("flagId").GetString(), c.GetProperty("moderatorId").GetString())));

        // The other moderator cannot decide it meanwhile; a moderator of another tenant does not even find it.
        Assert.Equal(HttpStatusCode.Conflict, (await second.PostAsJsonAsync($"/api/v1/flags/{flagId}/decision", new { decision = "dismiss" })).StatusCode);
        using var stranger = Host.Http(await Host.TokenAsync(ScriptedGatewayFixture.Unique("t"), null, "mod1", "moderator"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/flags/{flagId}/claim", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync($"/api/v1/flags/{flagId}/claim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsync($"/api/v1/flags/{flagId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsJsonAsync($"/api/v1/flags/{flagId}/decision", new { decision = "dismiss", note = "不构成辱骂" })).StatusCode);
    }

    [Fact]
    public async Task An_unclaimed_flag_may_be_decided_as_before()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var moderatorHub = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        await using var buyer = await Host.ConnectAsync(tenant, null, "b1", "buyer");
        var conversation = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversation, "[review]再不退款我就投诉");
        var flagId = (await moderatorHub.NextAsync("flag")).GetProperty("flagId").GetString();
        using var moderator = Host.Http(await Host.TokenAsync(tenant, null, "mod1", "moderator"));
        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsJsonAsync($"/api/v1/flags/{flagId}/decision", new { decision = "dismiss" })).StatusCode);
    }
}
