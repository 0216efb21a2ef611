using System.Net;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Redis;

/// <summary>The gateway with Redis configured: <c>/readyz</c> follows Redis, and chatting goes on while it is down.</summary>
public sealed class RedisReadinessTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private GatewayHost _host = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _host = new GatewayBuilder()
            .WithRedis(_redis)
            .WithSetting("ChatGuard:Redis:BreakSeconds", "1")
            .WithSetting("ChatGuard:Redis:TimeoutMilliseconds", "5000") // the shared 2-core test machine is slow at times
            .Build();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Readyz_reports_redis_and_chat_continues_while_it_is_down()
    {
        using var http = _host.Http();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);

        // Connected before the outage: SignalR's Redis backplane needs Redis to register a new connection.
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var agent = await _host.ConnectAsync(tenant, "s1", "a1", "agent");
        var conversationId = (await buyer.StartConversationAsync("s1")).GetProperty("conversationId").GetString()!;

        await _redis.KillAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz")).StatusCode);
        var ack = await buyer.SendAsync(conversationId, "还在吗");
        Assert.Equal(ack.GetProperty("messageId").GetString(), (await agent.NextAsync("message")).GetProperty("messageId").GetString());

        await _redis.StartAsync();
        var status = HttpStatusCode.ServiceUnavailable;
        await Poll.UntilAsync(async () => (status = (await http.GetAsync("/readyz")).StatusCode) == HttpStatusCode.OK, "ready again", TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
