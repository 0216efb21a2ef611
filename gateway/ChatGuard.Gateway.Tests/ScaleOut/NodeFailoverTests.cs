using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>Two gateway processes, so one can be killed with SIGKILL as a crash or an OOM kill would.</summary>
public class NodeFailoverTests(PostgresServer postgres, RedisServer redis) : IClassFixture<PostgresServer>, IClassFixture<RedisServer>
{
    private static string Id(JsonElement e, string property) => e.GetProperty(property).GetString()!;

    [Fact]
    public async Task A_node_killed_mid_conversation_leaves_the_buyer_to_carry_on_through_the_other()
    {
        var settings = await ClusterSettings.CreateAsync(postgres, redis);
        await using var node1 = await GatewayProcess.StartAsync(settings);
        await using var node2 = await GatewayProcess.StartAsync(settings);
        var tenant = ScriptedGatewayFixture.Unique("t");
        var buyerToken = await node1.TokenAsync(tenant, null, "buyer1", "buyer");
        var buyer = await ChatClient.ConnectAsync(new Uri(node1.BaseAddress, "/hubs/chat"), buyerToken);
        await using var agent = await node2.ConnectAsync(tenant, "shop1", "agent1", "agent");
        var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
        var acknowledged = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            acknowledged.Add(Id(await buyer.SendAsync(conversationId, $"第{i}个问题", $"q{i}"), "messageId"));
            Assert.Equal(acknowledged[^1], Id(await agent.NextAsync("message"), "messageId"));
        }
        acknowledged.Add(Id(await agent.SendAsync(conversationId, "稍等，我查一下库存"), "messageId"));
        Assert.Equal(acknowledged[^1], Id(await buyer.NextAsync("message"), "messageId"));
        Assert.Equal(acknowledged[^1], Id(await agent.NextAsync("message"), "messageId"));

        await node1.KillAsync();
        await buyer.DisposeAsync();

        // The widget reconnects with the same token; the load balancer sends it to the surviving node.
        await using var again = await ChatClient.ConnectAsync(new Uri(node2.BaseAddress, "/hubs/chat"), buyerToken);
        Assert.Equal(conversationId, Id(await again.StartConversationAsync("shop1"), "conversationId"));
        // It retries the last send whose acknowledgement it may have missed: the shared dedup answers.
        var retry = await again.SendAsync(conversationId, "第4个问题", "q4");
        Assert.True(retry.GetProperty("duplicate").GetBoolean());
        Assert.Equal(acknowledged[4], Id(retry, "messageId"));

        for (var i = 5; i < 8; i++)
        {
            acknowledged.Add(Id(await again.SendAsync(conversationId, $"第{i}个问题", $"q{i}"), "messageId"));
            Assert.Equal(acknowledged[^1], Id(await agent.NextAsync("message"), "messageId"));
        }
        acknowledged.Add(Id(await agent.SendAsync(conversationId, "有货，已为您备注"), "messageId"));
        Assert.Equal(acknowledged[^1], Id(await again.NextAsync("message"), "messageId"));

        using var http = new HttpClient { BaseAddress = node2.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", buyerToken);
        var history = await http.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversationId}/messages");
        Assert.Equal(acknowledged, history.EnumerateArray().Select(m => Id(m, "messageId")));
        Assert.False(node2.HasExited);
    }
}
