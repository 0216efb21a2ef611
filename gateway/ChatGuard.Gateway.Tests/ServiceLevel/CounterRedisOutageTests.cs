using System.Net;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

/// <summary>
/// Redis killed mid-stream and restarted empty: chat goes on, the figures are served from the store and marked
/// incomplete, and once Redis is back the catch-up rebuilds the counters — including an S1 handoff the outage hid.
/// </summary>
public sealed class CounterRedisOutageTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private ClockedGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _gateway = new ClockedGateway(new Dictionary<string, string?>
        {
            ["ChatGuard:Redis:Configuration"] = _redis.Configuration,
            ["ChatGuard:Redis:BreakSeconds"] = "1",
            ["ChatGuard:Redis:TimeoutMilliseconds"] = "5000", // the shared 2-core test machine is slow at times
        });
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Counters_survive_a_redis_restart_mid_stream()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _gateway.Host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var agent = await _gateway.Host.ConnectAsync(tenant, "s1", "a1", "agent");
        using var http = _gateway.Host.Http(await _gateway.Host.TokenAsync(tenant, "s1", "a1", "agent"));
        var conversation = await _gateway.ConversationAsync(buyer, "s1");
        _gateway.Clock.Set(ClockedGateway.Shanghai(2026, 11, 20, 10, 0));

        async Task<JsonElement> Report() =>
            JsonDocument.Parse(await http.GetStringAsync("/api/v1/shops/s1/assessment?period=2026-11-2")).RootElement.Clone();

        for (var i = 0; i < 6; i++) await buyer.SendAsync(conversation, "在吗");
        var before = await Report();
        Assert.Equal("redis", before.GetProperty("source").GetString());
        Assert.Equal(6, before.GetProperty("buyerMessages").GetInt64());

        await _redis.KillAsync();
        for (var i = 0; i < 5; i++)
        {
            var ack = await buyer.SendAsync(conversation, "还在吗");
            Assert.Equal(ack.GetProperty("messageId").GetString(), (await SkipToAsync(agent, ack.GetProperty("messageId").GetString()!)));
        }
        var during = await Report();
        Assert.Equal("store", during.GetProperty("source").GetString());
        Assert.False(during.GetProperty("complete").GetBoolean());
        Assert.Equal(11, during.GetProperty("buyerMessages").GetInt64());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz")).StatusCode);
        await agent.AssertNoneAsync("botHandoff", TimeSpan.Zero); // S1 cannot decide without its counters

        await _redis.StartAsync(); // empty: every counter is gone
        // 11 unanswered in a row, rebuilt from the store: the handoff the outage hid starts now.
        Assert.True((await agent.NextAsync("botHandoff", TimeSpan.FromSeconds(60))).GetProperty("active").GetBoolean());
        var after = await Report();
        Assert.Equal("redis", after.GetProperty("source").GetString());
        Assert.True(after.GetProperty("complete").GetBoolean());
        Assert.Equal(11, after.GetProperty("buyerMessages").GetInt64());

        // Live counting carries on from the rebuilt state: the reply answers all 11 waiting messages in time.
        _gateway.Clock.Advance(TimeSpan.FromMinutes(1));
        await agent.SendAsync(conversation, "在的，您好");
        Assert.False((await agent.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
        Assert.Equal(11, (await Report()).GetProperty("repliedWithinTarget").GetInt64());
    }

    /// <summary>Reads the agent's message events up to the given one (earlier ones are the buyer's previous sends).</summary>
    private static async Task<string> SkipToAsync(ChatClient agent, string messageId)
    {
        while (true)
        {
            var id = (await agent.NextAsync("message")).GetProperty("messageId").GetString()!;
            if (id == messageId) return id;
        }
    }
}
