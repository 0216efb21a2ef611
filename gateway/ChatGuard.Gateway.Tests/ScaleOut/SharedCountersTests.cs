using System.Text.Json;
using ChatGuard.Gateway.Tests.ServiceLevel;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>S1's counters live in Redis, so buyers left waiting on different nodes add up to one shop's count.</summary>
public class SharedCountersTests(ClockedTwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<ClockedTwoNodeCluster>
{
    private static readonly TimeSpan BackplaneQuiet = TimeSpan.FromMilliseconds(500);

    private static readonly DateTimeOffset Morning = ClockedGateway.Shanghai(2026, 11, 20, 10, 0);

    private static string Id(JsonElement e, string property) => e.GetProperty(property).GetString()!;

    [Fact]
    public async Task Unanswered_buyers_spread_over_two_nodes_trip_the_S1_threshold_once()
    {
        // Tokens are checked against the business clock: connect in real time, then move to working hours.
        cluster.Clock.Set(DateTimeOffset.UtcNow);
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agentOnA = await cluster.A.ConnectAsync(tenant, "s1", "a1", "agent");
        await using var agentOnB = await cluster.B.ConnectAsync(tenant, "s1", "a2", "agent");
        var buyers = new List<(ChatClient Client, string Conversation)>();
        try
        {
            for (var i = 0; i < 11; i++)
            {
                var client = await (i % 2 == 0 ? cluster.A : cluster.B).ConnectAsync(tenant, null, $"b{i}", "buyer");
                buyers.Add((client, Id(await client.StartConversationAsync("s1"), "conversationId")));
            }
            cluster.Clock.Set(Morning);

            // Ten waiting buyers, five on each node: at the threshold, not over it (S1: more than 10).
            for (var i = 0; i < 10; i++) await buyers[i].Client.SendAsync(buyers[i].Conversation, "在吗？想问一下尺码");
            // botHandoff travels through the Redis backplane, not in order with a connection's replies: a bounded wait.
            await agentOnA.AssertNoneAsync("botHandoff", BackplaneQuiet);
            await agentOnB.AssertNoneAsync("botHandoff", TimeSpan.Zero);

            await buyers[10].Client.SendAsync(buyers[10].Conversation, "有人吗？");
            foreach (var agent in new[] { agentOnA, agentOnB })
            {
                var handoff = await agent.NextAsync("botHandoff");
                Assert.Equal("s1", Id(handoff, "shopId"));
                Assert.True(handoff.GetProperty("active").GetBoolean());
            }
            // Every waiting buyer hears from the bot, whichever node holds their connection.
            foreach (var (client, _) in buyers)
                Assert.Equal("bot", Id(await client.NextAsync("message"), "senderRole"));
            // Once: neither node raised it a second time.
            await agentOnA.AssertNoneAsync("botHandoff", BackplaneQuiet);
            await agentOnB.AssertNoneAsync("botHandoff", TimeSpan.Zero);

            // An agent on the other node answers one buyer: back to ten waiting, reception returns to the shop.
            await agentOnB.SendAsync(buyers[0].Conversation, "您好，尺码表在详情页");
            Assert.False((await agentOnA.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
            Assert.False((await agentOnB.NextAsync("botHandoff")).GetProperty("active").GetBoolean());
            // Measured, not asserted: how often a node met the other's write to the shop's state and retried.
            output.WriteLine($"compare-and-set retries: node A {cluster.A.Services.GetRequiredService<RedisSharedValues>().Conflicts}, " +
                $"node B {cluster.B.Services.GetRequiredService<RedisSharedValues>().Conflicts}");
        }
        finally
        {
            foreach (var (client, _) in buyers) await client.DisposeAsync();
        }
    }
}
