using System.Diagnostics;
using ChatGuard.Gateway.Telemetry;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to meters by name process-wide, so another test's gateway in this process would add to these
/// counts: the class runs alone (a collection without parallelization).
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GatewayBuilder().WithScriptedPipeline().Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Metrics_count_messages_by_action_and_label_without_text_or_user_ids()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _host.ConnectAsync(tenant, null, "buyerSecret77", "buyer");
        await using var agent = await _host.ConnectAsync(tenant, "shop1", "agentSecret88", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        await buyer.SendAsync(conversationId, "请问什么时候发货 uniqueword1");
        await agent.NextAsync("message");
        var blocked = await buyer.SendAsync(conversationId, "[block] 加我 uniqueword2");
        var label = blocked.GetProperty("labels")[0].GetString();

        using var http = _host.Http();
        var response = await http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        var samples = PrometheusSamples.Parse(text);
        Assert.Equal(1, samples.Value("chatguard_messages_total", ("action", "allow"), ("label", "none"), ("role", "buyer")));
        Assert.Equal(1, samples.Value("chatguard_messages_total", ("action", "block"), ("label", label!), ("role", "buyer")));
        Assert.Equal(2, samples.Value("chatguard_scan_duration_milliseconds_count"));
        Assert.Equal(1, samples.Value("chatguard_delivery_duration_milliseconds_count"));
        Assert.Equal(2, samples.Value("chatguard_store_duration_milliseconds_count", ("operation", "append")));
        Assert.Equal(2, samples.Value("chatguard_connections", ("hub", "ChatHub")));
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text); // ASP.NET Core's own meter, standard name
        Assert.True(samples.Value("chatguard_flags_pending") >= 0); // counted from the store at start
        // S12: no text, no user ids, no conversation ids in any label.
        foreach (var secret in new[] { "uniqueword", "buyerSecret77", "agentSecret88", conversationId, tenant })
            Assert.DoesNotContain(secret, text);
    }

    [Fact]
    public async Task Send_message_is_traced_through_scan_store_and_delivery()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == GatewayTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await _host.ConnectAsync(tenant, null, "b1", "buyer");
        await using var agent = await _host.ConnectAsync(tenant, "shop1", "a1", "agent");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

        var ack = await buyer.SendAsync(conversationId, "你好");
        await agent.NextAsync("message");

        var messageId = ack.GetProperty("messageId").GetString();
        Activity send;
        lock (spans) send = spans.Single(a => a.OperationName == "SendMessage" && (string?)a.GetTagItem("chatguard.message_id") == messageId);
        lock (spans)
            Assert.Equal(["deliver", "scan", "store"],
                spans.Where(a => a.ParentSpanId == send.SpanId).Select(a => a.OperationName).Order().ToArray());
    }
}
