using System.Text.Json;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatGuard.Gateway.Tests.Security;

/// <summary>
/// Each test has its own gateway on a clock that starts at the real time and moves forward past the retention period:
/// its tokens are fetched first (they are checked on real time), old messages are sent, then time moves on.
/// </summary>
public class RetentionTests
{
    private static GatewayHost Gateway(FakeTimeProvider clock, Action<IServiceCollection>? services = null)
    {
        var builder = new GatewayBuilder().WithScriptedPipeline().WithClock(clock).WithSetting("ChatGuard:Security:RetentionDays", "30");
        if (services is not null) builder.WithServices(services);
        return builder.Build();
    }

    private static Task<int> PurgeOnceAsync(GatewayHost gateway) =>
        gateway.Services.GetServices<IHostedService>().OfType<RetentionPurge>().Single().PurgeOnceAsync(CancellationToken.None);

    private static async Task<string> ConversationAsync(ChatClient buyer) =>
        (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;

    /// <summary>The texts of the conversation's stored messages, as its buyer (<paramref name="reader"/>) reads them.</summary>
    private static async Task<IEnumerable<string?>> HistoryAsync(HttpClient reader, string conversationId)
    {
        var history = JsonDocument.Parse(await reader.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;
        return history.EnumerateArray().Select(m => m.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Messages_past_the_retention_period_are_purged_and_newer_ones_kept()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var gateway = Gateway(clock);
        await using var buyer = await gateway.ConnectAsync("t1", null, "buyer1", "buyer");
        using var reader = gateway.Http(await gateway.TokenAsync("t1", null, "buyer1", "buyer"));
        var conversationId = await ConversationAsync(buyer);
        await buyer.SendAsync(conversationId, "很久以前的消息");
        clock.AdjustTimeBy(TimeSpan.FromDays(2));
        await buyer.SendAsync(conversationId, "上个月的消息");
        clock.AdjustTimeBy(TimeSpan.FromDays(29)); // the first is 31 days old now, the second 29

        var removed = await PurgeOnceAsync(gateway);

        Assert.True(removed >= 1);
        Assert.Equal(["上个月的消息"], await HistoryAsync(reader, conversationId));
    }

    private sealed class FailingDependent : IPurgeDependent
    {
        public Task KeepBeforePurgeAsync(DateTimeOffset cutoff, CancellationToken ct) => throw new InvalidOperationException("store unavailable");
    }

    [Fact]
    public async Task Nothing_is_purged_while_a_record_citing_it_could_not_keep_what_it_needs()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var gateway = Gateway(clock, s => s.AddSingleton<IPurgeDependent, FailingDependent>());
        await using var buyer = await gateway.ConnectAsync("t1", null, "buyer1", "buyer");
        using var reader = gateway.Http(await gateway.TokenAsync("t1", null, "buyer1", "buyer"));
        var conversationId = await ConversationAsync(buyer);
        await buyer.SendAsync(conversationId, "很久以前的消息");
        clock.AdjustTimeBy(TimeSpan.FromDays(31));

        Assert.Equal(0, await PurgeOnceAsync(gateway));
        Assert.Equal(["很久以前的消息"], await HistoryAsync(reader, conversationId));
    }

    [Fact]
    public async Task Flags_keep_the_conversation_they_were_raised_in_when_its_messages_are_purged()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var gateway = Gateway(clock);
        await using var buyer = await gateway.ConnectAsync("t1", null, "buyer1", "buyer");
        await using var moderator = await gateway.ConnectAsync("t1", null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(gateway, "t1", null, "mod1", "moderator");
        using var reader = gateway.Http(await gateway.TokenAsync("t1", null, "buyer1", "buyer"));
        var conversationId = await ConversationAsync(buyer);
        await buyer.SendAsync(conversationId, "很久以前的消息");
        await buyer.SendAsync(conversationId, "[review] 早先被标记的");
        var decidedId = (await moderator.NextAsync("flag")).GetProperty("flagId").GetString()!;
        clock.AdjustTimeBy(TimeSpan.FromDays(5));
        await api.OkAsync($"/api/v1/flags/{decidedId}/decision", new { decision = "confirm" });
        clock.AdjustTimeBy(TimeSpan.FromDays(35)); // the first messages are 40 days old now, the decision 35
        await buyer.SendAsync(conversationId, "今天的消息");
        await buyer.SendAsync(conversationId, "[review] 还在等审核的");
        var pendingId = (await moderator.NextAsync("flag")).GetProperty("flagId").GetString()!;

        Assert.True(await PurgeOnceAsync(gateway) >= 2);

        static IEnumerable<string?> Texts(JsonElement flag) => flag.GetProperty("context").EnumerateArray().Select(m => m.GetProperty("text").GetString());
        Assert.Equal(["很久以前的消息"], Texts(await api.OkAsync($"/api/v1/flags/{decidedId}")));
        Assert.Equal(["很久以前的消息", "[review] 早先被标记的", "今天的消息"], Texts(await api.OkAsync($"/api/v1/flags/{pendingId}")));
        Assert.Equal(["今天的消息", "[review] 还在等审核的"], await HistoryAsync(reader, conversationId));
    }
}
