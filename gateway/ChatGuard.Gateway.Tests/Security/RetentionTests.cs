using System.Text.Json;
using ChatGuard.Classifiers;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Tests.Flags;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatGuard.Gateway.Tests.Security;

public class RetentionTests
{
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Offset;
    }

    [Fact]
    public async Task Messages_past_the_retention_period_are_purged_and_newer_ones_kept()
    {
        var clock = new MovableClock();
        await using var host = new GatewayHost(
            settings: new Dictionary<string, string?> { ["ChatGuard:Security:RetentionDays"] = "30" },
            services: s => { s.RemoveAll<TimeProvider>(); s.AddSingleton<TimeProvider>(clock); });
        await using var buyer = await host.ConnectAsync("t1", null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        clock.Offset = TimeSpan.FromDays(-31);
        await buyer.SendAsync(conversationId, "很久以前的消息");
        clock.Offset = TimeSpan.FromDays(-29);
        await buyer.SendAsync(conversationId, "上个月的消息");
        clock.Offset = TimeSpan.Zero;

        var purge = host.Services.GetServices<IHostedService>().OfType<RetentionPurgeService>().Single();
        var removed = await purge.PurgeOnceAsync(CancellationToken.None);

        using var http = host.Http(await host.TokenAsync("t1", null, "buyer1", "buyer"));
        var history = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;
        Assert.True(removed >= 1);
        Assert.Equal(["上个月的消息"], history.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }

    private sealed class FailingDependent : IPurgeDependent
    {
        public Task KeepBeforePurgeAsync(DateTimeOffset cutoff, CancellationToken ct) => throw new InvalidOperationException("store unavailable");
    }

    [Fact]
    public async Task Nothing_is_purged_while_a_record_citing_it_could_not_keep_what_it_needs()
    {
        var clock = new MovableClock();
        await using var host = new GatewayHost(
            settings: new Dictionary<string, string?> { ["ChatGuard:Security:RetentionDays"] = "30" },
            services: s => { s.RemoveAll<TimeProvider>(); s.AddSingleton<TimeProvider>(clock); s.AddSingleton<IPurgeDependent, FailingDependent>(); });
        await using var buyer = await host.ConnectAsync("t1", null, "buyer1", "buyer");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        clock.Offset = TimeSpan.FromDays(-31);
        await buyer.SendAsync(conversationId, "很久以前的消息");
        clock.Offset = TimeSpan.Zero;

        var purge = host.Services.GetServices<IHostedService>().OfType<RetentionPurgeService>().Single();

        Assert.Equal(0, await purge.PurgeOnceAsync(CancellationToken.None));
        using var http = host.Http(await host.TokenAsync("t1", null, "buyer1", "buyer"));
        var history = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;
        Assert.Equal(["很久以前的消息"], history.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Flags_keep_the_conversation_they_were_raised_in_when_its_messages_are_purged()
    {
        var clock = new MovableClock();
        await using var host = new GatewayHost(
            settings: new Dictionary<string, string?> { ["ChatGuard:Security:RetentionDays"] = "30" },
            services: s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(clock);
                s.RemoveAll<IModerationPipeline>();
                s.AddSingleton<IModerationPipeline>(new ScriptedPipeline(ModerationPipeline.CreateDefault()));
            });
        await using var buyer = await host.ConnectAsync("t1", null, "buyer1", "buyer");
        await using var moderator = await host.ConnectAsync("t1", null, "mod1", "moderator", "/hubs/moderation");
        using var api = await ApiClient.ForAsync(host, "t1", null, "mod1", "moderator");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        clock.Offset = TimeSpan.FromDays(-40);
        await buyer.SendAsync(conversationId, "很久以前的消息");
        await buyer.SendAsync(conversationId, "[review] 早先被标记的");
        var decidedId = (await moderator.NextAsync("flag")).GetProperty("flagId").GetString()!;
        clock.Offset = TimeSpan.FromDays(-35);
        await api.OkAsync($"/api/v1/flags/{decidedId}/decision", new { decision = "confirm" });
        clock.Offset = TimeSpan.Zero;
        await buyer.SendAsync(conversationId, "今天的消息");
        await buyer.SendAsync(conversationId, "[review] 还在等审核的");
        var pendingId = (await moderator.NextAsync("flag")).GetProperty("flagId").GetString()!;

        var purge = host.Services.GetServices<IHostedService>().OfType<RetentionPurgeService>().Single();
        Assert.True(await purge.PurgeOnceAsync(CancellationToken.None) >= 2);

        static IEnumerable<string?> Texts(JsonElement flag) => flag.GetProperty("context").EnumerateArray().Select(m => m.GetProperty("text").GetString());
        Assert.Equal(["很久以前的消息"], Texts(await api.OkAsync($"/api/v1/flags/{decidedId}")));
        Assert.Equal(["很久以前的消息", "[review] 早先被标记的", "今天的消息"], Texts(await api.OkAsync($"/api/v1/flags/{pendingId}")));
        using var http = host.Http(await host.TokenAsync("t1", null, "buyer1", "buyer"));
        var history = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;
        Assert.Equal(["今天的消息", "[review] 还在等审核的"], history.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }
}
