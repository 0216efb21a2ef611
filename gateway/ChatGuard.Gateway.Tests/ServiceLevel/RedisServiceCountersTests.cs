using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Tests.Infrastructure;
using System.Diagnostics.Metrics;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

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
    protected override ServiceCounters Counters { get; } = Node(fixture);

    /// <summary>A node's view of the shared store: its own memory of versions, the shared Redis.</summary>
    private static ServiceCounters Node(RedisCountersFixture fixture) =>
        new(new RedisShopStateStore(new RedisSharedValues(fixture.Client), fixture.Client));

    private static CounterUpdate Buyer(string tenant, string shop, string conversation, DateTimeOffset at) =>
        new(tenant, shop, conversation, CounterEventKind.BuyerMessage, at, true, "2026-11-2", 10, TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Each_message_is_one_compare_and_set_round_trip_on_one_expiring_key_named_by_tenant_and_shop()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        await Counters.RecordAsync(Buyer(tenant, "s9", "c0", T0), default); // the library loads the script before we count
        var before = await CommandCallsAsync();
        for (var i = 1; i <= 5; i++) await Counters.RecordAsync(Buyer(tenant, "s9", $"c{i}", T0.AddSeconds(i)), default);
        var after = await CommandCallsAsync();
        Assert.Equal(before.GetValueOrDefault("evalsha") + 5, after["evalsha"]);
        // Nothing else went over the wire (the script's own HMGET/HSET/PEXPIRE run inside Redis; INFO is this test's).
        string[] inside = ["evalsha", "hmget", "hset", "pexpire", "info"];
        Assert.Equal(before.Where(c => !inside.Contains(c.Key)), after.Where(c => !inside.Contains(c.Key)));
        var key = fixture.Client.Keys.Key("{" + tenant + "|s9}", "service-level");
        var ttl = await fixture.Client.Database.KeyTimeToLiveAsync(key);
        Assert.True(ttl > TimeSpan.FromDays(399), $"the shop's state expires too soon ({ttl})");
    }

    [Fact]
    public async Task Two_nodes_changing_one_shop_retry_on_conflict_and_lose_nothing()
    {
        var tenant = ScriptedGatewayFixture.Unique("t");
        var a = new RedisSharedValues(fixture.Client);
        var b = new RedisSharedValues(fixture.Client);
        var (nodeA, nodeB) = (new ServiceCounters(new RedisShopStateStore(a, fixture.Client)), new ServiceCounters(new RedisShopStateStore(b, fixture.Client)));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async buyer =>
        {
            var node = buyer % 2 == 0 ? nodeA : nodeB;
            var mine = new List<CounterOutcome>();
            for (var i = 0; i < 10; i++) mine.Add(await node.RecordAsync(Buyer(tenant, "s1", $"b{buyer}", T0), default));
            return mine;
        }));
        var all = outcomes.SelectMany(o => o).ToList();
        Assert.Equal(1, all.Count(o => o.Change == HandoffChange.Started));
        Assert.Equal(20, all.SelectMany(o => o.Greet).Distinct().Count());
        Assert.Equal(200, (await nodeA.ReadPeriodAsync(tenant, "s1", "2026-11-2", default)).BuyerMessages);
        // The nodes interleaved on one key, so they must have met each other's writes: each such meeting is one retry.
        Assert.True(a.Conflicts + b.Conflicts > 0, "two nodes writing one shop never conflicted: the compare-and-set was not exercised");
    }

    /// <summary>Calls per command since the server started (INFO commandstats).</summary>
    private async Task<Dictionary<string, long>> CommandCallsAsync()
    {
        var info = (string)(await fixture.Client.Database.ExecuteAsync("INFO", "commandstats"))!;
        return info.Split('\n')
            .Where(l => l.StartsWith("cmdstat_", StringComparison.Ordinal))
            .ToDictionary(l => l["cmdstat_".Length..l.IndexOf(':', StringComparison.Ordinal)],
                l => long.Parse(l.Split("calls=")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
    }
}
