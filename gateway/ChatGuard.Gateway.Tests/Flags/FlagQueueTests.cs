using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Flags;

public class FlagQueueTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    private GatewayHost Host => fixture.Host;

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

    private async Task<Scene> SceneAsync(string shop = "shop1")
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        var buyer = await Host.ConnectAsync(tenant, null, "buyer1", "buyer");
        var agent = await Host.ConnectAsync(tenant, shop, "agent1", "agent");
        var moderator = await Host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        var conversationId = (await buyer.StartConversationAsync(shop)).GetProperty("conversationId").GetString()!;
        return new Scene(tenant, buyer, agent, moderator, await ApiClient.ForAsync(Host, tenant, null, "mod1", "moderator"), conversationId);
    }

    private static string Id(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [Fact]
    public async Task A_flag_is_stored_with_its_verdict_and_context_before_moderators_are_told()
    {
        await using var s = await SceneAsync();
        await s.Buyer.SendAsync(s.ConversationId, "在吗");
        await s.Agent.SendAsync(s.ConversationId, "您好，在的");
        var ack = await s.Buyer.SendAsync(s.ConversationId, "[review] 你等着");

        var pushed = await s.Moderator.NextAsync("flag");
        await s.Agent.SendAsync(s.ConversationId, "请文明沟通");
        // The event arrives only after the flag is stored: it can be read back at once.
        var stored = await s.Api.OkAsync($"/api/v1/flags/{Id(pushed, "flagId")}");
        var listed = (await s.Api.OkAsync("/api/v1/flags")).GetProperty("items")[0];

        foreach (var flag in new[] { pushed, stored })
        {
            Assert.Equal(Id(ack, "messageId"), Id(flag, "messageId"));
            Assert.Equal("message", Id(flag, "kind"));
            Assert.Equal("pending", Id(flag, "status"));
            Assert.Equal("review", Id(flag, "action"));
            Assert.Equal("[review] 你等着", Id(flag, "text"));
            Assert.Equal(["abuse"], flag.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            Assert.Equal("C2", Id(flag.GetProperty("spans")[0], "ruleId"));
            Assert.Equal(["C2"], flag.GetProperty("rules").EnumerateArray().Select(l => l.GetString()));
            Assert.Equal("scripted", Id(flag, "profileVersion"));
            Assert.Equal("feige", Id(flag, "profile"));
            Assert.Equal("shop1", Id(flag, "shopId"));
            Assert.Equal(JsonValueKind.Null, flag.GetProperty("decision").ValueKind);
        }
        // The push goes out without the conversation (not read on the send path); reading the flag brings the messages
        // before it, and only those: the reply sent after the flag is not part of it.
        Assert.Equal(JsonValueKind.Null, pushed.GetProperty("context").ValueKind);
        foreach (var flag in new[] { stored, listed })
            Assert.Equal(["在吗", "您好，在的"], flag.GetProperty("context").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Allowed_messages_raise_no_flag()
    {
        await using var s = await SceneAsync();
        await s.Buyer.SendAsync(s.ConversationId, "这件衣服有S码吗");
        await s.Moderator.AssertNoneAsync("flag");
        Assert.Empty((await s.Api.OkAsync("/api/v1/flags")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_queue_filters_by_status_label_shop_and_time_and_pages_with_a_cursor()
    {
        await using var s = await SceneAsync();
        await using var otherShopBuyer = await Host.ConnectAsync(s.Tenant, null, "buyer2", "buyer");
        var otherConversation = Id(await otherShopBuyer.StartConversationAsync("shop2"), "conversationId");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        // Different texts: five near-identical ones would also make a spam flag (C9).
        foreach (var text in new[] { "你这个骗子店铺", "再不退款我就天天骂你", "垃圾东西还敢卖这么贵", "客服都是废物吗", "等着收差评吧你们" })
            await s.Buyer.SendAsync(s.ConversationId, "[block] " + text);
        await otherShopBuyer.SendAsync(otherConversation, "[mask] 另一家");
        await s.Buyer.SendAsync(s.ConversationId, "有问题打我电话 13912345678");
        for (var i = 0; i < 7; i++) await s.Moderator.NextAsync("flag");

        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await s.Api.OkAsync("/api/v1/flags?kind=message&limit=3" + (cursor is null ? "" : $"&cursor={cursor}"));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(f => Id(f, "flagId")));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : Id(page, "nextCursor");
        } while (cursor is not null);
        Assert.Equal(7, ids.Distinct().Count());

        async Task<int> CountAsync(string query) => (await s.Api.OkAsync("/api/v1/flags?" + query)).GetProperty("items").GetArrayLength();
        Assert.Equal(1, await CountAsync("shopId=shop2"));
        Assert.Equal(1, await CountAsync("label=contact_diversion"));
        Assert.Equal(6, await CountAsync("label=abuse"));
        Assert.Equal(7, await CountAsync("kind=message&status=pending&since=" + Uri.EscapeDataString(before.ToString("O"))));
        Assert.Equal(0, await CountAsync("status=confirmed"));
        Assert.Equal(0, await CountAsync("until=" + Uri.EscapeDataString(before.ToString("O"))));
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Api.GetAsync("/api/v1/flags?status=maybe")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Api.GetAsync("/api/v1/flags?limit=0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Api.GetAsync("/api/v1/flags?cursor=abc")).Status);

        var stats = await s.Api.OkAsync("/api/v1/stats/flags?hours=2");
        Assert.Equal(6, stats.EnumerateArray().Where(c => Id(c, "label") == "abuse").Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Api.GetAsync("/api/v1/stats/flags?hours=0")).Status);
    }

    [Fact]
    public async Task Dismissing_a_held_message_delivers_it_late_and_a_repeat_changes_nothing()
    {
        await using var s = await SceneAsync();
        var ack = await s.Buyer.SendAsync(s.ConversationId, "[review] 这个能便宜点吗");
        await s.Agent.AssertNoneAsync("message");
        var flag = await s.Moderator.NextAsync("flag");

        var decided = await s.Api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "dismiss", note = "bargaining is fine" });

        var late = await s.Agent.NextAsync("message");
        Assert.Equal(Id(ack, "messageId"), Id(late, "messageId"));
        Assert.Equal("[review] 这个能便宜点吗", Id(late, "text"));
        Assert.Equal("dismissed", Id(decided, "status"));
        Assert.Equal("dismiss", Id(decided.GetProperty("decision"), "decision"));
        Assert.Equal("bargaining is fine", Id(decided.GetProperty("decision"), "note"));
        Assert.Equal("mod1", Id(decided.GetProperty("decision"), "decidedBy"));

        var again = await s.Api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "dismiss", note = "again" });
        Assert.Equal(decided.GetProperty("decision").ToString(), again.GetProperty("decision").ToString());
        await s.Agent.AssertNoneAsync("message");
        var (status, _) = await s.Api.PostAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "confirm", note = "changed my mind" });
        Assert.Equal(HttpStatusCode.Conflict, status);

        using var agentApi = await ApiClient.ForAsync(Host, s.Tenant, "shop1", "agent1", "agent");
        var history = await agentApi.OkAsync($"/api/v1/conversations/{s.ConversationId}/messages");
        Assert.Equal("delivered", Id(history[0], "state"));
    }

    [Fact]
    public async Task Confirming_a_held_message_never_delivers_it()
    {
        await using var s = await SceneAsync();
        await s.Buyer.SendAsync(s.ConversationId, "[review] 你等着瞧");
        var flag = await s.Moderator.NextAsync("flag");

        var decided = await s.Api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "confirm", note = "threat" });

        Assert.Equal("confirmed", Id(decided, "status"));
        await s.Agent.AssertNoneAsync("message");
        Assert.Equal(HttpStatusCode.Conflict, (await s.Api.PostAsync($"/api/v1/flags/{Id(flag, "flagId")}/decision", new { decision = "dismiss" })).Status);
        await s.Agent.AssertNoneAsync("message");
        using var agentApi = await ApiClient.ForAsync(Host, s.Tenant, "shop1", "agent1", "agent");
        Assert.Equal("blocked", Id((await agentApi.OkAsync($"/api/v1/conversations/{s.ConversationId}/messages"))[0], "state"));
    }

    [Fact]
    public async Task Bad_decisions_are_refused()
    {
        await using var s = await SceneAsync();
        await s.Buyer.SendAsync(s.ConversationId, "[block] 滚");
        var flag = await s.Moderator.NextAsync("flag");
        var path = $"/api/v1/flags/{Id(flag, "flagId")}/decision";

        Assert.Equal(HttpStatusCode.BadRequest, (await s.Api.PostAsync(path, new { decision = "maybe" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Api.PostAsync(path, new { decision = "confirm", note = new string('x', 5000) })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Api.PostAsync("/api/v1/flags/f_nope/decision", new { decision = "confirm" })).Status);
        Assert.Equal("pending", Id(await s.Api.OkAsync($"/api/v1/flags/{Id(flag, "flagId")}"), "status"));
    }

    [Fact]
    public async Task Other_tenants_and_non_moderators_cannot_see_or_decide_flags()
    {
        await using var s = await SceneAsync();
        await s.Buyer.SendAsync(s.ConversationId, "[block] 滚");
        var flagId = Id(await s.Moderator.NextAsync("flag"), "flagId");
        var otherTenant = ScriptedGatewayFixture.Unique("t");
        await using var otherModerator = await Host.ConnectAsync(otherTenant, null, "mod1", "moderator", "/hubs/moderation");
        using var otherApi = await ApiClient.ForAsync(Host, otherTenant, null, "mod1", "moderator");
        using var agentApi = await ApiClient.ForAsync(Host, s.Tenant, "shop1", "agent1", "agent");
        using var buyerApi = await ApiClient.ForAsync(Host, s.Tenant, null, "buyer1", "buyer");

        await otherModerator.AssertNoneAsync("flag");
        Assert.Empty((await otherApi.OkAsync("/api/v1/flags")).GetProperty("items").EnumerateArray());
        Assert.Empty((await otherApi.OkAsync("/api/v1/stats/flags?hours=1")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/v1/flags/{flagId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.PostAsync($"/api/v1/flags/{flagId}/decision", new { decision = "dismiss" })).Status);
        foreach (var api in new[] { agentApi, buyerApi })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/flags")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/flags/{flagId}")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/flags/{flagId}/decision", new { decision = "dismiss" })).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/stats/flags?hours=1")).Status);
        }
        using var anonymous = Host.Http();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/flags")).StatusCode);
        Assert.Equal("pending", Id(await s.Api.OkAsync($"/api/v1/flags/{flagId}"), "status"));
    }
}
