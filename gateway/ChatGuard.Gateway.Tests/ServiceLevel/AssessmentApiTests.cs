using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>S2–S4 through the API and the hub: reply-time boundaries, minimum messages, ratings, who may read, rebuild, S9 exclusions.</summary>
public sealed class AssessmentApiTests : IAsyncLifetime
{
    private const string Kuaishou = "ks1";
    private const string TikTok = "tt1";
    private ClockedGateway _gateway = null!;

    public Task InitializeAsync()
    {
        _gateway = new ClockedGateway(new Dictionary<string, string?>
        {
            [$"ChatGuard:Tenants:{Kuaishou}:Profile"] = "kuaishou-import",
            [$"ChatGuard:Tenants:{TikTok}:Profile"] = "tiktok-shop",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReportAsync(string token, string shop, string period, bool rebuild = false)
    {
        using var http = _gateway.Host.Http(token);
        var url = $"/api/v1/shops/{shop}/assessment{(rebuild ? "/rebuild" : "")}?period={period}";
        using var response = rebuild ? await http.PostAsync(url, null) : await http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Replies_at_4_59_count_in_time_and_at_5_01_do_not()
    {
        _gateway.RealTime();
        var shop = ScriptedGatewayFixture.Unique("s");
        await using var buyer = await _gateway.Host.ConnectAsync(Kuaishou, null, ScriptedGatewayFixture.Unique("b"), "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(Kuaishou, shop, "a1", "agent");
        var agentToken = await _gateway.Host.TokenAsync(Kuaishou, shop, "a1", "agent");
        var otherAgent = await _gateway.Host.TokenAsync(Kuaishou, "other", "a2", "agent");
        var moderator = await _gateway.Host.TokenAsync(Kuaishou, null, "m1", "moderator");
        var buyerToken = await _gateway.Host.TokenAsync(Kuaishou, null, "b9", "buyer");
        var conversation = await _gateway.ConversationAsync(buyer, shop);

        var t = ClockedGateway.Shanghai(2026, 11, 3, 10, 0);
        _gateway.Clock.Set(t);
        await buyer.SendAsync(conversation, "请问这个是正品吗");
        _gateway.Clock.Set(t + TimeSpan.FromSeconds(299));
        await agent.SendAsync(conversation, "是的，保税仓直发");
        _gateway.Clock.Set(t + TimeSpan.FromMinutes(10));
        await buyer.SendAsync(conversation, "大概几天到");
        _gateway.Clock.Set(t + TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(301));
        await agent.SendAsync(conversation, "三到五天");
        _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 3, 7, 30)); // before 08:00: not assessed
        await buyer.SendAsync(conversation, "早");

        var (status, report) = await ReportAsync(agentToken, shop, "2026-11-1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("kuaishou-import", report.GetProperty("profile").GetString());
        Assert.Equal(2, report.GetProperty("buyerMessages").GetInt64());
        Assert.Equal(1, report.GetProperty("repliedWithinTarget").GetInt64());
        Assert.Equal(0.5, report.GetProperty("replyRate").GetDouble());
        Assert.Equal(300, report.GetProperty("averageFirstReplySeconds").GetDouble());
        Assert.Equal(0.8, report.GetProperty("replyRateTarget").GetDouble());
        Assert.False(report.GetProperty("replyRatePass").GetBoolean());
        Assert.Equal("in-process", report.GetProperty("source").GetString());
        Assert.True(report.GetProperty("complete").GetBoolean());

        // The rebuild from the stored messages gives the same figures.
        var (_, rebuilt) = await ReportAsync(moderator, shop, "2026-11-1", rebuild: true);
        foreach (var field in new[] { "buyerMessages", "repliedWithinTarget", "averageFirstReplySeconds" })
            Assert.Equal(report.GetProperty(field).GetDouble(), rebuilt.GetProperty(field).GetDouble());

        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(moderator, shop, "2026-11-1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ReportAsync(otherAgent, shop, "2026-11-1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ReportAsync(buyerToken, shop, "2026-11-1")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReportAsync(agentToken, shop, "2026-11-3")).Status);
        Assert.Equal(0, (await ReportAsync(agentToken, shop, "2026-11-2")).Body.GetProperty("buyerMessages").GetInt64());
    }

    [Fact]
    public async Task A_tiktok_period_with_19_buyer_messages_is_not_assessed_and_with_20_it_is()
    {
        _gateway.RealTime();
        var shop = ScriptedGatewayFixture.Unique("s");
        await using var buyer = await _gateway.Host.ConnectAsync(TikTok, null, ScriptedGatewayFixture.Unique("b"), "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(TikTok, shop, "a1", "agent");
        var agentToken = await _gateway.Host.TokenAsync(TikTok, shop, "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, shop);
        var t = ClockedGateway.Shanghai(2026, 11, 17, 9, 0);
        for (var i = 0; i < 19; i++)
        {
            _gateway.Clock.Set(t + TimeSpan.FromMinutes(10 * i));
            await buyer.SendAsync(conversation, "请问还有货吗");
            _gateway.Clock.Set(t + TimeSpan.FromMinutes(10 * i + 1));
            await agent.SendAsync(conversation, "有的");
        }
        var (_, nineteen) = await ReportAsync(agentToken, shop, "2026-11-2");
        Assert.Equal(19, nineteen.GetProperty("buyerMessages").GetInt64());
        Assert.False(nineteen.GetProperty("assessed").GetBoolean());
        Assert.Equal(1.0, nineteen.GetProperty("replyRate").GetDouble());

        _gateway.Clock.Set(t + TimeSpan.FromHours(5));
        await buyer.SendAsync(conversation, "谢谢");
        var (_, twenty) = await ReportAsync(agentToken, shop, "2026-11-2");
        Assert.Equal(20, twenty.GetProperty("buyerMessages").GetInt64());
        Assert.True(twenty.GetProperty("assessed").GetBoolean());
        Assert.Equal(0.95, twenty.GetProperty("replyRate").GetDouble());
    }

    [Fact]
    public async Task Buyers_rate_conversations_and_the_month_is_judged_against_80_percent()
    {
        _gateway.RealTime();
        var shop = ScriptedGatewayFixture.Unique("s");
        var agentToken = await _gateway.Host.TokenAsync(Kuaishou, shop, "a1", "agent");
        await using var agent = await _gateway.Host.ConnectAsync(Kuaishou, shop, "a1", "agent");
        var ratings = new[] { "satisfied", "satisfied", "satisfied", "satisfied", "disappointed" };
        var buyers = new List<ChatClient>();
        try
        {
            foreach (var rating in ratings)
            {
                var buyer = await _gateway.Host.ConnectAsync(Kuaishou, null, ScriptedGatewayFixture.Unique("b"), "buyer");
                buyers.Add(buyer);
                var conversation = await _gateway.ConversationAsync(buyer, shop);
                _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 28, 20, 0));
                if (buyers.Count == 1)
                {
                    // S4: no service yet, nothing to rate: neither before the buyer writes nor before the shop answers.
                    await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("RateConversation", conversation, rating));
                    await buyer.SendAsync(conversation, "请问有货吗");
                    await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("RateConversation", conversation, rating));
                }
                else await buyer.SendAsync(conversation, "请问有货吗");
                await agent.SendAsync(conversation, "有的");
                var result = await buyer.Connection.InvokeAsync<JsonElement>("RateConversation", conversation, rating);
                Assert.Equal(rating, result.GetProperty("rating").GetString());
                if (buyers.Count == 1)
                {
                    await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("RateConversation", conversation, "great"));
                    await Assert.ThrowsAsync<HubException>(() => agent.Connection.InvokeAsync<JsonElement>("RateConversation", conversation, "satisfied"));
                    await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<JsonElement>("RateConversation", "c_nope", "satisfied"));
                }
                _gateway.RealTime();
            }
            var satisfaction = (await ReportAsync(agentToken, shop, "2026-11-1")).Body.GetProperty("satisfaction");
            Assert.Equal("2026-11", satisfaction.GetProperty("month").GetString());
            Assert.Equal(5, satisfaction.GetProperty("ratings").GetProperty("total").GetInt64());
            Assert.Equal(0.8, satisfaction.GetProperty("rate").GetDouble());
            Assert.True(satisfaction.GetProperty("pass").GetBoolean());

            // One buyer, one rating (S4): a second one is refused and the figures stay.
            _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 29, 20, 0));
            var first = await _gateway.ConversationAsync(buyers[0], shop);
            var again = await Assert.ThrowsAsync<HubException>(() => buyers[0].Connection.InvokeAsync<JsonElement>("RateConversation", first, "disappointed"));
            Assert.Contains("already rated", again.Message);
            _gateway.RealTime();
            satisfaction = (await ReportAsync(agentToken, shop, "2026-11-2")).Body.GetProperty("satisfaction");
            Assert.Equal(0.8, satisfaction.GetProperty("rate").GetDouble(), 6);
        }
        finally
        {
            foreach (var b in buyers) await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task Excluded_messages_leave_the_figures()
    {
        _gateway.RealTime();
        var shop = ScriptedGatewayFixture.Unique("s");
        await using var buyer = await _gateway.Host.ConnectAsync(Kuaishou, null, ScriptedGatewayFixture.Unique("b"), "buyer");
        var agentToken = await _gateway.Host.TokenAsync(Kuaishou, shop, "a1", "agent");
        var conversation = await _gateway.ConversationAsync(buyer, shop);
        _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 5, 12, 0));
        // S9: a message the shop proved came from a malicious buyer; delivered (held messages are not counted anyway).
        var excluded = (await buyer.SendAsync(conversation, "你们到底什么时候发货")).GetProperty("messageId").GetString()!;
        await buyer.SendAsync(conversation, "请尽快处理");
        _gateway.RealTime();
        Assert.Equal(2, (await ReportAsync(agentToken, shop, "2026-11-1")).Body.GetProperty("buyerMessages").GetInt64());

        await _gateway.Host.Services.GetRequiredService<IAssessmentExclusions>().ExcludeAsync(Kuaishou, shop, [excluded, "m_not_this_shop"], "S9 verified", default);
        Assert.Equal(1, (await ReportAsync(agentToken, shop, "2026-11-1")).Body.GetProperty("buyerMessages").GetInt64());
        Assert.Equal(1, (await ReportAsync(agentToken, shop, "2026-11-1", rebuild: true)).Body.GetProperty("buyerMessages").GetInt64());
    }
}
