using System.Net.Http.Json;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>Its own cluster: the test kills this cluster's Redis.</summary>
public class RedisOutageTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    private static string Id(JsonElement e, string property) => e.GetProperty(property).GetString()!;

    [Fact]
    public async Task Redis_restarted_mid_stream_local_delivery_goes_on_cross_node_delivery_resumes_and_nothing_acknowledged_is_lost()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        using var undelivered = new UndeliveredFrames(cluster.A);
        await using var buyer = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var agentOnA = await cluster.A.ConnectAsync(tenant, "shop1", "agentA", "agent");
        await using var agentOnB = await cluster.B.ConnectAsync(tenant, "shop1", "agentB", "agent");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var acknowledged = new List<string>();

        async Task<string> SendAsync(string text)
        {
            var id = Id(await buyer.SendAsync(conversationId, text), "messageId");
            acknowledged.Add(id);
            Assert.Equal(id, Id(await agentOnA.NextAsync("message"), "messageId")); // same node: always live
            return id;
        }

        await SendAsync("在吗？");
        Assert.Equal(acknowledged[0], Id(await agentOnB.NextAsync("message"), "messageId"));

        await cluster.Redis.KillAsync();
        for (var i = 0; i < 5; i++) await SendAsync($"停机期间的第{i}条");
        Assert.True(undelivered.Count >= 5, $"undelivered frames counted: {undelivered.Count}");

        await cluster.Redis.StartAsync();
        // The nodes reconnect and resubscribe by themselves; cross-node delivery resumes within seconds.
        var resumed = false;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!resumed && DateTime.UtcNow < deadline)
        {
            var probe = await SendAsync("恢复了吗？");
            try
            {
                while (!resumed) resumed = Id(await agentOnB.NextAsync("message", TimeSpan.FromSeconds(1)), "messageId") == probe;
            }
            catch (TimeoutException) { }
        }
        Assert.True(resumed, "cross-node delivery did not resume within 30 s of Redis restarting");

        // What B's agent missed live is in the store: it re-fetches after the last sequence it saw.
        using var http = cluster.B.Http(await cluster.B.TokenAsync(tenant, "shop1", "agentB", "agent"));
        var all = await http.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversationId}/messages");
        // The buyer's probes can leave more than 10 unanswered in working hours: S1's bot answers are not ours to compare.
        static IEnumerable<string> BuyerIds(JsonElement history) =>
            history.EnumerateArray().Where(m => Id(m, "senderRole") != "bot").Select(m => Id(m, "messageId"));
        Assert.Equal(acknowledged, BuyerIds(all));
        var lastSeen = all[0].GetProperty("sequence").GetInt64();
        var missed = await http.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversationId}/messages?after={lastSeen}");
        Assert.Equal(acknowledged.Skip(1), BuyerIds(missed));
    }
}
