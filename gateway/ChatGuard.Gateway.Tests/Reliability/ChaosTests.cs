using System.Collections.Concurrent;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;
using ChatGuard.Gateway.Tests.ScaleOut;
using Npgsql;
using Xunit.Abstractions;

namespace ChatGuard.Gateway.Tests.Reliability;

/// <summary>
/// Chat traffic on two nodes while Redis is killed and restarted, PostgreSQL is stopped and started, and one node
/// is killed with SIGKILL. Clients behave like the widget: on any failure they reconnect (to whichever node is up)
/// and retry the same clientMessageId. Afterwards every acknowledged message is stored exactly once and can be
/// read from history, and only the killed node is down.
/// </summary>
public class ChaosTests(PostgresServer postgres, RedisServer redis, ITestOutputHelper output)
    : IClassFixture<PostgresServer>, IClassFixture<RedisServer>
{
    private sealed record Ack(string Sender, string ClientMessageId, string MessageId, string ConversationId);

    [Fact]
    public async Task Nothing_acknowledged_is_lost_or_duplicated_through_redis_postgres_and_node_failures()
    {
        var settings = await ClusterSettings.CreateAsync(postgres, redis);
        settings["ChatGuard:Security:MessagesPerMinutePerUser"] = "100000";
        settings["ChatGuard:Security:MessagesPerMinutePerConnection"] = "100000";
        settings["ChatGuard:Security:HubCallsPerMinutePerUser"] = "100000"; // the per-method budget too: this test is about loss, not limits
        await using var nodeA = await GatewayProcess.StartAsync(settings);
        await using var nodeB = await GatewayProcess.StartAsync(settings);
        var nodes = new[] { nodeA, nodeB };
        var tenant = ScriptedGatewayFixture.Unique("chaos");
        var acks = new ConcurrentBag<Ack>();
        var failures = 0;
        using var stop = new CancellationTokenSource();

        async Task BuyerAsync(int n)
        {
            var user = $"buyer{n}";
            var token = await nodeA.TokenAsync(tenant, null, user, "buyer");
            ChatClient? client = null;
            string? conversationId = null;
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var clientId = $"{user}-{i}";
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        if (client is null)
                        {
                            var node = nodes.Where(g => !g.HasExited).ElementAt((n + i) % nodes.Count(g => !g.HasExited));
                            client = await ChatClient.ConnectAsync(new Uri(node.BaseAddress, "/hubs/chat"), token);
                        }
                        conversationId ??= (await client.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
                        var ack = await client.SendAsync(conversationId, $"{user} 第{i}条 在吗", clientId).WaitAsync(TimeSpan.FromSeconds(10));
                        acks.Add(new Ack(user, clientId, ack.GetProperty("messageId").GetString()!, conversationId));
                        break;
                    }
                    catch (Exception) when (!stop.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref failures);
                        if (client is not null) { try { await client.DisposeAsync(); } catch (Exception) { } }
                        client = null;
                        await Task.Delay(200); // back-off before the retry, as the widget's reconnect waits: pacing, not a wait for a condition
                    }
                }
            }
            if (client is not null) await client.DisposeAsync();
        }

        var traffic = Enumerable.Range(0, 6).Select(BuyerAsync).ToList();
        // The phases below are paced in seconds of traffic (each fault lasts a few seconds under load), not waits for a condition.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await redis.KillAsync();
        output.WriteLine($"redis killed at {acks.Count} acks");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await redis.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await postgres.StopAsync();
        output.WriteLine($"postgres stopped at {acks.Count} acks");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await postgres.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await nodeA.KillAsync();
        output.WriteLine($"node A killed at {acks.Count} acks");
        await Task.Delay(TimeSpan.FromSeconds(4));
        stop.Cancel();
        await Task.WhenAll(traffic);

        Assert.False(nodeB.HasExited, "the surviving node crashed:\n" + nodeB.Output[Math.Max(0, nodeB.Output.Length - 4000)..]);
        Assert.True(acks.Count > 50, $"too little traffic got through: {acks.Count}");
        await using var db = NpgsqlDataSource.Create(settings["ConnectionStrings:ChatGuard"]);
        var stored = new Dictionary<(string, string), List<string>>();
        await using (var query = db.CreateCommand("SELECT sender_id, client_message_id, id FROM messages WHERE tenant = @t"))
        {
            query.Parameters.AddWithValue("t", tenant);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (!stored.TryGetValue(key, out var ids)) stored[key] = ids = [];
                ids.Add(reader.GetString(2));
            }
        }
        var lost = acks.Where(a => !stored.TryGetValue((a.Sender, a.ClientMessageId), out var ids) || !ids.Contains(a.MessageId)).ToList();
        var duplicated = stored.Where(s => s.Value.Count > 1).ToList();
        var acknowledgedTwiceDifferently = acks.GroupBy(a => (a.Sender, a.ClientMessageId)).Where(g => g.Select(a => a.MessageId).Distinct().Count() > 1).ToList();
        output.WriteLine($"acknowledged {acks.Count}, client retries/failures {failures}, lost {lost.Count}, duplicated {duplicated.Count}");
        Assert.Empty(lost);
        Assert.Empty(duplicated);
        Assert.Empty(acknowledgedTwiceDifferently);

        // Every acknowledged message can be fetched from history through the surviving node.
        using var http = new HttpClient { BaseAddress = nodeB.BaseAddress };
        foreach (var conversation in acks.GroupBy(a => (a.Sender, a.ConversationId)))
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", await nodeB.TokenAsync(tenant, null, conversation.Key.Sender, "buyer"));
            var ids = new HashSet<string?>();
            for (long after = 0; ;)
            {
                var page = JsonDocument.Parse(await http.GetStringAsync(
                    $"/api/v1/conversations/{conversation.Key.ConversationId}/messages?limit=500&after={after}")).RootElement;
                if (page.GetArrayLength() == 0) break;
                foreach (var m in page.EnumerateArray()) ids.Add(m.GetProperty("messageId").GetString());
                after = page[page.GetArrayLength() - 1].GetProperty("sequence").GetInt64();
            }
            Assert.All(conversation, a => Assert.Contains(a.MessageId, ids));
        }
    }
}
