using System.Text.Json;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Spam;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>
/// C9/S5 activity lives in Redis, so a sender whose messages the load balancer spreads over two nodes is seen as one
/// sender: the flags are the ones a single node raises (<see cref="Spam.SpamTests"/>).
/// </summary>
public class SharedSpamTests(ClockedTwoNodeCluster cluster, ITestOutputHelper output) : IClassFixture<ClockedTwoNodeCluster>
{
    private const string Advert = "新店开业全场五折，今晚八点准时开抢，先到先得";

    private static string Id(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static async Task<JsonElement[]> SpamFlagsAsync(ApiClient api) =>
        [.. (await api.OkAsync("/api/v1/flags?kind=spam")).GetProperty("items").EnumerateArray()];

    private void ReportConflicts() => output.WriteLine(
        $"compare-and-set retries: node A {cluster.A.Services.GetRequiredService<RedisSharedValues>().Conflicts}, " +
        $"node B {cluster.B.Services.GetRequiredService<RedisSharedValues>().Conflicts}");

    [Fact]
    public async Task Near_duplicates_a_buyer_sends_through_both_nodes_to_different_shops_raise_one_C9_flag()
    {
        cluster.Clock.Set(DateTimeOffset.UtcNow);
        Assert.IsType<RedisRecentActivityStore>(cluster.A.Services.GetRequiredService<IRecentActivityStore>());
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyerOnA = await cluster.A.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var buyerOnB = await cluster.B.ConnectAsync(tenant, null, "buyer1", "buyer");
        using var api = await ApiClient.ForAsync(cluster.B, tenant, null, "mod1", "moderator");
        var conversations = new List<string>();
        foreach (var shop in new[] { "shop1", "shop2", "shop3", "shop4" })
            conversations.Add(Id(await buyerOnA.StartConversationAsync(shop), "conversationId"));

        var ids = new List<string>
        {
            Id(await buyerOnA.SendAsync(conversations[0], Advert), "messageId"),
            Id(await buyerOnB.SendAsync(conversations[1], "新店开业 全场五折!! 今晚8点准时开抢，先到先得~"), "messageId"),
        };
        Assert.Empty(await SpamFlagsAsync(api));
        ids.Add(Id(await buyerOnA.SendAsync(conversations[2], "新店開業全場五折，今晚八點準時開搶，先到先得"), "messageId"));

        var flag = Assert.Single(await SpamFlagsAsync(api));
        Assert.Equal(ids, flag.GetProperty("messageIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["C9"], flag.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("3 conversation", Id(flag, "reason"));

        // One flag per burst, whichever node the next repeat passes through.
        await buyerOnB.SendAsync(conversations[3], Advert);
        Assert.Single(await SpamFlagsAsync(api));
        ReportConflicts();
    }

    [Fact]
    public async Task An_agent_writing_to_long_quiet_buyers_through_both_nodes_is_flagged_as_unsolicited_marketing()
    {
        cluster.Clock.Set(DateTimeOffset.UtcNow);
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var agentOnA = await cluster.A.ConnectAsync(tenant, "shop1", "agent1", "agent");
        await using var agentOnB = await cluster.B.ConnectAsync(tenant, "shop1", "agent1", "agent");
        using var api = await ApiClient.ForAsync(cluster.A, tenant, null, "mod1", "moderator");
        var conversations = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await using var buyer = await (i % 2 == 0 ? cluster.A : cluster.B).ConnectAsync(tenant, null, $"buyer{i}", "buyer");
            var conversationId = Id(await buyer.StartConversationAsync("shop1"), "conversationId");
            await buyer.SendAsync(conversationId, "这个杯子是玻璃的吗");
            conversations.Add(conversationId);
        }

        cluster.Clock.Advance(TimeSpan.FromDays(4));
        var ids = new List<string>
        {
            Id(await agentOnA.SendAsync(conversations[0], "双十一返场，老客专享福利"), "messageId"),
            Id(await agentOnB.SendAsync(conversations[1], "好久不见，店里上新了，来看看吧"), "messageId"),
        };
        Assert.Empty(await SpamFlagsAsync(api));
        ids.Add(Id(await agentOnA.SendAsync(conversations[2], "会员日限时折扣"), "messageId"));

        var flag = Assert.Single(await SpamFlagsAsync(api));
        Assert.Equal(["S5"], flag.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ids, flag.GetProperty("messageIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("shop1", Id(flag, "shopId"));
        ReportConflicts();
    }
}
