using ChatGuard.Gateway.Counting;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Tests.Infrastructure;
using System.Diagnostics.Metrics;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Tests.Counting;

/// <summary>One real redis-server for the class; the client is the production one.</summary>
public sealed class RedisCountersFixture : IAsyncLifetime
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public RedisServer Server { get; } = new();

    private IConnectionMultiplexer _connection = null!;

    public RedisCircuit Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        // allowAdmin: the test reads INFO commandstats to count round trips.
        var options = new RedisOptions { Configuration = Server.Configuration + ",allowAdmin=true", BreakSeconds = 1, TimeoutMilliseconds = 5000 };
        _connection = RedisConnection.Connect(options, NullLogger<RedisConnection>.Instance);
        Client = new RedisCircuit(_connection, Options.Create(options), new GatewayMetrics(_meters.GetRequiredService<IMeterFactory>()),
            NullLogger<RedisCircuit>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await Server.DisposeAsync();
        await _meters.DisposeAsync();
    }
}

public sealed class RedisServiceCountersTests(RedisCountersFixture fixture) : ServiceCountersContract, IClassFixture<RedisCountersFixture>
{
    protected override IServiceCounters Counters { get; } = new RedisServiceCounters(fixture.Client);

    [Fact]
    public async Task Each_message_is_one_evalsha_round_trip_with_keys_named_by_tenant_and_shop_and_expiring()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await Counters.RecordAsync(new CounterUpdate(tenant, "warm", "c0", CounterEventKind.ShopReply, DateTimeOffset.UtcNow, false, null, 10,
            TimeSpan.FromMinutes(5)), default); // the library loads the script before we count
        var before = await CommandCountAsync("evalsha");
        await Counters.RecordAsync(new CounterUpdate(tenant, "s9", "c1", CounterEventKind.BuyerMessage, DateTimeOffset.UtcNow, true, "2026-11-2", 10,
            TimeSpan.FromMinutes(5)), default);
        Assert.Equal(before + 1, await CommandCountAsync("evalsha"));
        foreach (var suffix in new[] { "streaks", "pending:c1", "period:2026-11-2" })
        {
            var ttl = await fixture.Client.Database.KeyTimeToLiveAsync(fixture.Client.Keys.Key("{" + tenant + "|s9}", suffix));
            Assert.True(ttl > TimeSpan.Zero, $"{suffix} has no expiry ({ttl})");
        }
    }

    private async Task<long> CommandCountAsync(string command)
    {
        var info = (string)(await fixture.Client.Database.ExecuteAsync("INFO", "commandstats"))!;
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith($"cmdstat_{command}:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split("calls=")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
