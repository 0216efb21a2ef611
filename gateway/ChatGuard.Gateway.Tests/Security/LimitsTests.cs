using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.Security;

/// <summary>Rate and connection limits, and allowed origins, on a gateway configured with small numbers.</summary>
public sealed class LimitsTests : IAsyncLifetime
{
    private readonly Disconnections _disconnections = new();
    private GatewayHost _host = null!;

    /// <summary>Tells the test when the gateway has finished with a closed connection (its slot released).</summary>
    private sealed class Disconnections : IHubFilter
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _handled = new();

        public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
        {
            await next(context, exception); // after the limits' own filter, wherever it sits in the chain
            Of(context.Context.ConnectionId).TrySetResult();
        }

        public Task HandledAsync(string connectionId) => Of(connectionId).Task.WaitAsync(TimeSpan.FromSeconds(10));

        private TaskCompletionSource Of(string connectionId) =>
            _handled.GetOrAdd(connectionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    public Task InitializeAsync()
    {
        _host = new GatewayBuilder()
            .WithServices(s => s.Configure<HubOptions>(o => o.AddFilter(_disconnections)))
            .WithSettings(new Dictionary<string, string>
            {
                ["ChatGuard:Security:MessagesPerMinutePerUser"] = "3",
                ["ChatGuard:Security:MessagesPerMinutePerConnection"] = "100",
                ["ChatGuard:Security:HttpRequestsPerMinute"] = "5",
                ["ChatGuard:Security:MaxConnectionsPerUser"] = "2",
                ["ChatGuard:Security:HubCallsPerMinutePerUser"] = "20",
                ["ChatGuard:Security:ConversationsPerMinutePerUser"] = "3",
                ["ChatGuard:Security:NegotiationsPerMinute"] = "4",
                ["ChatGuard:Security:AllowedOrigins:0"] = "https://everyone.example",
                ["ChatGuard:Tenants:shopsite:AllowedOrigins:0"] = "https://shop.example",
            })
            .Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_user_sending_too_fast_is_told_to_wait_and_the_connection_stays_up()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "fast", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        for (var i = 0; i < 3; i++) await buyer.SendAsync(conversationId, $"第{i}条");

        var e = await Assert.ThrowsAsync<HubException>(() => buyer.SendAsync(conversationId, "第4条"));

        Assert.Contains("rate limit", e.Message);
        Assert.Contains("try again in", e.Message);
        Assert.Equal(HubConnectionState.Connected, buyer.Connection.State);
    }

    [Fact]
    public async Task Retries_of_an_acknowledged_message_do_not_spend_the_budget()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "retrier", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversationId, "同一条", "same");

        for (var i = 0; i < 5; i++) Assert.True((await buyer.SendAsync(conversationId, "同一条", "same")).GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task A_user_may_hold_only_so_many_connections()
    {
        await using var first = await _host.ConnectAsync("t1", null, "many", "buyer");
        await using var second = await _host.ConnectAsync("t1", null, "many", "buyer");

        await Assert.ThrowsAnyAsync<Exception>(() => _host.ConnectAsync("t1", null, "many", "buyer"));

        var secondId = second.Connection.ConnectionId!;
        await second.DisposeAsync();
        await _disconnections.HandledAsync(secondId);
        await using var again = await _host.ConnectAsync("t1", null, "many", "buyer");
    }

    [Fact]
    public async Task Http_requests_beyond_the_limit_get_429_with_retry_after()
    {
        using var http = _host.Http(await _host.TokenAsync("t1", null, "reader", "buyer"));
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++) statuses.Add(await http.GetAsync("/api/v1/conversations/c_none/messages"));

        Assert.Contains(statuses, r => r.StatusCode == HttpStatusCode.NotFound);
        var limited = Assert.Single(statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).Take(1));
        Assert.True(limited.Headers.RetryAfter is not null || limited.Headers.Contains("Retry-After"));
    }

    [Theory]
    [InlineData("shopsite", "https://shop.example", true)]
    [InlineData("shopsite", "https://everyone.example", true)]
    [InlineData("othertenant", "https://shop.example", false)]
    [InlineData("shopsite", "https://evil.example", false)]
    public async Task A_browser_origin_connects_only_for_tenants_that_allow_it(string tenant, string origin, bool allowed)
    {
        var token = await _host.TokenAsync(tenant, null, "widgetbuyer", "buyer");
        await using var raw = await RawHubSocket.ConnectAsync(new Uri(_host.BaseAddress, "/hubs/chat"), token, origin);

        if (allowed)
            Assert.Equal("widgetbuyer", (await raw.InvokeAsync("WhoAmI", "[]")).GetProperty("result").GetProperty("userId").GetString());
        else
            await Assert.ThrowsAsync<WebSocketException>(() => raw.InvokeAsync("WhoAmI", "[]"));
    }

    [Fact]
    public async Task Starting_conversations_with_many_shops_is_limited_and_the_connection_stays_up()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "shopper", "buyer");
        for (var i = 0; i < 3; i++) await buyer.StartConversationAsync($"shop-{i}");

        var e = await Assert.ThrowsAsync<HubException>(() => buyer.StartConversationAsync("shop-3"));

        Assert.Contains("rate limit", e.Message);
        Assert.Equal(HubConnectionState.Connected, buyer.Connection.State);
        Assert.Equal("shopper", (await buyer.Connection.InvokeAsync<System.Text.Json.JsonElement>("WhoAmI")).GetProperty("userId").GetString());
    }

    [Fact]
    public async Task Every_hub_method_counts_against_one_budget_per_user()
    {
        await using var buyer = await _host.ConnectAsync("t1", null, "caller", "buyer"); // its first WhoAmI is one call
        for (var i = 0; i < 19; i++) await buyer.Connection.InvokeAsync<System.Text.Json.JsonElement>("WhoAmI");

        var e = await Assert.ThrowsAsync<HubException>(() => buyer.Connection.InvokeAsync<System.Text.Json.JsonElement>("RateConversation", "c_x", "satisfied"));

        Assert.Contains("hub calls a minute", e.Message);
    }

    [Fact]
    public async Task Negotiate_is_limited_per_user_with_retry_after()
    {
        using var http = _host.Http(await _host.TokenAsync("t1", null, "negotiator", "buyer"));
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++) statuses.Add(await http.PostAsync("/hubs/chat/negotiate?negotiateVersion=1", null));

        Assert.Equal(HttpStatusCode.OK, statuses[0].StatusCode);
        var limited = statuses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_dns_rebound_origin_is_refused_though_the_host_header_matches_it()
    {
        var token = await _host.TokenAsync("shopsite", null, "rebound", "buyer");
        var rebound = $"rebound.example:{_host.BaseAddress.Port}";

        await using var raw = await RawHubSocket.ConnectAsync(new Uri(_host.BaseAddress, "/hubs/chat"), token, "http://" + rebound, rebound);

        await Assert.ThrowsAsync<WebSocketException>(() => raw.InvokeAsync("WhoAmI", "[]"));
    }

    [Fact]
    public async Task The_gateways_own_pages_connect_from_the_address_it_listens_on()
    {
        var token = await _host.TokenAsync("shopsite", null, "ownpage", "buyer");
        var own = _host.BaseAddress.GetLeftPart(UriPartial.Authority);

        await using var raw = await RawHubSocket.ConnectAsync(new Uri(_host.BaseAddress, "/hubs/chat"), token, own);

        Assert.Equal("ownpage", (await raw.InvokeAsync("WhoAmI", "[]")).GetProperty("result").GetProperty("userId").GetString());
    }

    [Theory]
    [InlineData("https://shop.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Cors_preflight_admits_only_configured_origins(string origin, bool allowed)
    {
        using var http = _host.Http();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/moderate");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await http.SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
    }
}
