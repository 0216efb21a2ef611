using System.Text.Json;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Tests.ServiceLevel;
using ChatGuard.Gateway.Tests.Flags;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatGuard.Gateway.Tests.Security;

public class RetentionTests
{
    private static ClockedGateway Gateway(Action<IServiceCollection>? services = null) =>
        new(new Dictionary<string, string?> { ["ChatGuard:Security:RetentionDays"] = "30" }, services);

    private static Task<int> PurgeOnceAsync(ClockedGateway gateway) =>
        gateway.Host.Services.GetServices<IHostedService>().OfType<RetentionPurge>().Single().PurgeOnceAsync(CancellationToken.None);

    /// <summary>The texts of the conversation's stored messages, as its buyer reads them.</summary>
    private static async Task<IEnumerable<string?>> HistoryAsync(ClockedGateway gateway, string conversationId)
    {
        using var http = gateway.Host.Http(await gateway.Host.TokenAsync("t1", null, "buyer1", "buyer"));
        var history = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;
        return history.EnumerateArray().Select(m => m.GetProperty("text").GetString());
    }

    private static DateTimeOffset DaysAgo(int days) => DateTimeOffset.UtcNow.AddDays(-days);

    [Fact]
    public async Task Messages_past_the_retention_period_are_purged_and_newer_ones_kept()
    {
        await using var gateway = Gateway();
        await using var buyer = await gateway.Host.ConnectAsync("t1", null, "buyer1", "buyer");
        var conversationId = await gateway.ConversationAsync(buyer, "shop1");
        gateway.Clock.Set(DaysAgo(31));
        await buyer.SendAsync(conversationId, "很久以前的消息");
        gateway.Clock.Set(DaysAgo(29));
        await buyer.SendAsync(conversationId, "上个月的消息");
        gateway.RealTime();

        var removed = await PurgeOnceAsync(gateway);

        Assert.True(removed >= 1);
        Assert.Equal(["上个月的消息"], await HistoryAsync(gateway, conversationId));
    }

    private sealed class FailingDependent : IPurgeDependent
    {
        public Task KeepBeforePurgeAsync(DateTimeOffset cutoff, CancellationToken ct) => throw new InvalidOperationException("store unavailable");
    }

    [Fact]
    public async Task Nothing_is_purged_while_a_record_citing_it_could_not_keep_what_it_needs()
    {
        await using var gateway = Gateway(s => s.AddSingleton<IPurgeDependent, FailingDependent>());
        await using var buyer = await gateway.Host.ConnectAsync("t1", null, "buyer1", "buyer");
        var conversationId = await gateway.ConversationAsync(buyer, "shop1");
        gateway.Clock.Set(DaysAgo(31));
        await buyer.SendAsync(conversationId, "很久以前的消息");
        gateway.RealTime();

        Assert.Equal(0, await PurgeOnceAsync(gateway));
        Assert.Equal(["很久以前的消息"], await HistoryAsync(gateway, conversationId));
    }

    [Fact]
    public async Task Flags_keep_the_conversation_they_were_raised_in_when_its_messages_are_purged()
    {
        await using var gateway = Gateway();
        await using var buyer = await gateway.Host.ConnectAsync("t1", null, "buyer1", "buyer");
        await using var moderator = await gateway.Host.ConnectAsync("t1", null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(gateway.Host, "t1", null, "mod1", "moderator");
        var conversationId = await gateway.ConversationAsync(buyer, "shop1");
        gateway.Clock.Set(DaysAgo(40));
        await buyer.SendAsync(conversationId, "很久以前的消息");
        await buyer.SendAsync(conversationId, "[review] 早先被标记的");
        var decidedId = (await moderator.NextAsync("flag")).GetProperty("flagId").GetString()!;
        gateway.Clock.Set(DaysAgo(35));
        await api.OkAsync($"/api/v1/flags/{decidedId}/decision", new { decision = "confirm" });
        gateway.RealTime();
        await buyer.SendAsync(conversationId, "今天的消息");
        await buyer.SendAsync(conversationId, "[review] 还在等审核的");
        var pendingId = (await moderator.NextAsync("flag")).GetProperty("flagId").GetString()!;

        Assert.True(await PurgeOnceAsync(gateway) >= 2);

        static IEnumerable<string?> Texts(JsonElement flag) => flag.GetProperty("context").EnumerateArray().Select(m => m.GetProperty("text").GetString());
        Assert.Equal(["很久以前的消息"], Texts(await api.OkAsync($"/api/v1/flags/{decidedId}")));
        Assert.Equal(["很久以前的消息", "[review] 早先被标记的", "今天的消息"], Texts(await api.OkAsync($"/api/v1/flags/{pendingId}")));
        Assert.Equal(["今天的消息", "[review] 还在等审核的"], await HistoryAsync(gateway, conversationId));
    }
}
