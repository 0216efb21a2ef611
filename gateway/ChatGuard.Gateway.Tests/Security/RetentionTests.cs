using ChatGuard.Gateway.Security;
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
        var history = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"/api/v1/conversations/{conversationId}/messages")).RootElement;
        Assert.True(removed >= 1);
        Assert.Equal(["上个月的消息"], history.EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }
}
