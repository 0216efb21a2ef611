using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Time.Testing;

namespace ChatGuard.Gateway.Tests.Sanctions;

/// <summary>
/// Each test has its own gateway on a clock that starts at the real time and only moves forward: tokens are checked on
/// real time, so every test connects first, then moves time. Tenant <c>ban-*</c> uses the <c>kuaishou-import</c>
/// profile, whose sanction policy here bans for abuse (policy as data, S10).
/// </summary>
public class SanctionTests : IAsyncLifetime
{
    private const string BanTenant = "ban-tenant";

    private FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    private GatewayHost Host { get; set; } = null!;

    public Task InitializeAsync()
    {
        Host = new GatewayBuilder()
            .WithScriptedPipeline()
            .WithClock(Clock)
            .WithSetting($"ChatGuard:Tenants:{BanTenant}:Profile", "kuaishou-import")
            .WithSetting("ChatGuard:Profiles:kuaishou-import:Sanctions:Buyer:BanLabels:0", "abuse")
            .WithSetting("ChatGuard:Profiles:kuaishou-import:Sanctions:Merchant:ByLabel:abuse:Type", "harassment")
            .WithSetting("ChatGuard:Profiles:kuaishou-import:Sanctions:Merchant:ByLabel:abuse:Points", "12")
            .Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private static string Id(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private sealed record Scene(string Tenant, ChatClient Buyer, ChatClient Agent, ChatClient Moderator, ApiClient Api, string ConversationId)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Buyer.DisposeAsync();
            await Agent.DisposeAsync();
            await Moderator.DisposeAsync();
            Api.Dispose();
        }
    }

    private async Task<Scene> SceneAsync(string? tenant = null)
    {
        tenant ??= ScriptedGatewayFixture.Unique("t");
        var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var agent = await Host.ConnectAsync(tenant, "shop1", "agent1", "agent");
        var moderator = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        return new Scene(tenant, buyer, agent, moderator, await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator"), conversationId);
    }

    /// <summary>Sends a violating message from <paramref name="from"/> and has the moderator confirm its flag.</summary>
    private static async Task<JsonElement> ViolateAndConfirmAsync(Scene s, ChatClient from, string text = "[block] 骗子")
    {
        await from.SendAsync(s.ConversationId, text);
        var flag = await s.Moderator.NextAsync("flag");
        return await s.Api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "confirm", note = "confirmed" });
    }

    private static async Task<string> RefusedAsync(ChatClient client, string conversationId) =>
        (await Assert.ThrowsAsync<HubException>(() => client.SendAsync(conversationId, "你好"))).Message;

    [Fact]
    public async Task A_buyers_first_violation_mutes_for_two_days_and_the_second_for_good()
    {
        await using var s = await SceneAsync();

        await ViolateAndConfirmAsync(s, s.Buyer);
        var first = await s.Buyer.NextAsync("sanction");
        var until = Clock.GetUtcNow().AddDays(2);
        Assert.Equal("mute", Id(first, "kind"));
        Assert.Equal(until, first.GetProperty("until").GetDateTimeOffset());
        Assert.Contains("S10", Id(first, "reason"));
        var refusal = await RefusedAsync(s.Buyer, s.ConversationId);
        Assert.Contains($"muted until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC", refusal);
        var listed = (await s.Api.OkAsync("/api/v1/sanctions?userId=buyer1&active=true")).GetProperty("items");
        Assert.Equal(Id(first, "sanctionId"), Id(listed.EnumerateArray().Single(), "sanctionId"));

        Clock.AdjustTimeBy(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        Assert.Equal("allow", Id(await s.Buyer.SendAsync(s.ConversationId, "你好"), "action"));
        Assert.Empty((await s.Api.OkAsync("/api/v1/sanctions?userId=buyer1&active=true")).GetProperty("items").EnumerateArray());
        Assert.Single((await s.Api.OkAsync("/api/v1/sanctions?userId=buyer1&active=false")).GetProperty("items").EnumerateArray());

        await ViolateAndConfirmAsync(s, s.Buyer);
        var second = await s.Buyer.NextAsync("sanction");
        Assert.Equal("mute", Id(second, "kind"));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("until").ValueKind);
        Clock.AdjustTimeBy(TimeSpan.FromDays(365));
        Assert.Contains("muted permanently", await RefusedAsync(s.Buyer, s.ConversationId));
    }

    [Fact]
    public async Task Dismissed_flags_and_other_buyers_are_not_sanctioned()
    {
        await using var s = await SceneAsync();
        await using var otherBuyer = await Host.ConnectAsync(s.Tenant, null, "buyer2", "buyer");
        var otherConversation = Id(await otherBuyer.StartConversationAsync("shop1"), "conversationId");
        await s.Buyer.SendAsync(s.ConversationId, "[block] 你们这什么破店");
        var flag = await s.Moderator.NextAsync("flag");
        await s.Api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "dismiss", note = "a complaint, not abuse" });

        await s.Buyer.AssertNoneAsync("sanction");
        Assert.Equal("allow", Id(await s.Buyer.SendAsync(s.ConversationId, "你好"), "action"));
        Assert.Equal("allow", Id(await otherBuyer.SendAsync(otherConversation, "你好"), "action"));
        Assert.Empty((await s.Api.OkAsync("/api/v1/sanctions")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_profile_that_bans_for_a_label_bans_the_account()
    {
        await using var s = await SceneAsync(BanTenant);

        await ViolateAndConfirmAsync(s, s.Buyer);

        var ban = await s.Buyer.NextAsync("sanction");
        Assert.Equal("ban", Id(ban, "kind"));
        Assert.Equal(JsonValueKind.Null, ban.GetProperty("until").ValueKind);
        Assert.Contains("your account is banned", await RefusedAsync(s.Buyer, s.ConversationId));
    }

    [Fact]
    public async Task A_moderator_lifts_a_sanction_audited_and_the_user_is_told()
    {
        await using var s = await SceneAsync();
        await ViolateAndConfirmAsync(s, s.Buyer);
        var sanctionId = Id(await s.Buyer.NextAsync("sanction"), "sanctionId");
        using var otherTenant = await ApiClient.ForAsync(Host, ScriptedGatewayFixture.Unique("t"), null, "mod1", "moderator");
        using var agentApi = await ApiClient.ForAsync(Host, s.Tenant, "shop1", "agent1", "agent");

        Assert.Equal(HttpStatusCode.NotFound, (await otherTenant.PostAsync($"/api/v1/sanctions/{sanctionId}/lift", new { note = "x" })).Status);
        Assert.Empty((await otherTenant.OkAsync("/api/v1/sanctions")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await agentApi.PostAsync($"/api/v1/sanctions/{sanctionId}/lift", new { note = "x" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await agentApi.GetAsync("/api/v1/sanctions")).Status);
        await RefusedAsync(s.Buyer, s.ConversationId);

        var lifted = await s.Api.OkAsync($"/api/v1/sanctions/{sanctionId}/lift", new { note = "appeal accepted" });

        Assert.Equal("mod1", Id(lifted, "liftedBy"));
        Assert.Equal("appeal accepted", Id(lifted, "liftNote"));
        var told = await s.Buyer.NextAsync("sanction");
        Assert.True(told.GetProperty("lifted").GetBoolean());
        Assert.Equal("allow", Id(await s.Buyer.SendAsync(s.ConversationId, "你好"), "action"));
        var again = await s.Api.OkAsync($"/api/v1/sanctions/{sanctionId}/lift", new { note = "twice" });
        Assert.Equal("appeal accepted", Id(again, "liftNote"));
        await s.Buyer.AssertNoneAsync("sanction");
    }

    [Fact]
    public async Task A_confirmed_agent_violation_adds_points_to_the_shops_record()
    {
        await using var s = await SceneAsync();
        await ViolateAndConfirmAsync(s, s.Agent, "[block] 你烦不烦");
        using var agentApi = await ApiClient.ForAsync(Host, s.Tenant, "shop1", "agent1", "agent");
        using var otherShop = await ApiClient.ForAsync(Host, s.Tenant, "shop2", "agent2", "agent");
        using var buyerApi = await ApiClient.ForAsync(Host, s.Tenant, null, "buyer1", "buyer");
        using var otherTenant = await ApiClient.ForAsync(Host, ScriptedGatewayFixture.Unique("t"), "shop1", "agent1", "agent");

        foreach (var api in new[] { s.Api, agentApi })
        {
            var record = await api.OkAsync("/api/v1/shops/shop1/violations");
            Assert.Equal(4, record.GetProperty("totalPoints").GetInt32());
            Assert.Equal(4, record.GetProperty("pointsByType").GetProperty("harassment").GetInt32());
            var item = record.GetProperty("items").EnumerateArray().Single();
            Assert.Equal("agent1", Id(item, "userId"));
            Assert.Equal("abuse", Id(item, "label"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await otherShop.GetAsync("/api/v1/shops/shop1/violations")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await buyerApi.GetAsync("/api/v1/shops/shop1/violations")).Status);
        Assert.Equal(0, (await otherTenant.OkAsync("/api/v1/shops/shop1/violations")).GetProperty("totalPoints").GetInt32());
        // Merchants collect points; they are not muted.
        await s.Agent.AssertNoneAsync("sanction");
        Assert.Equal("allow", Id(await s.Agent.SendAsync(s.ConversationId, "您好"), "action"));
    }
}
