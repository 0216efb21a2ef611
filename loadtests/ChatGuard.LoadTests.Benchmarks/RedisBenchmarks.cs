using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatGuard.LoadTests.Benchmarks;

/// <summary>
/// Redis's share of one SendMessage: the S1/S2 counter update (the shop's state changed in C#, written back by one compare-and-set script call) through the production connection and circuit, against
/// a real redis-server on loopback. Baseline: one PING round trip through the same client.
/// </summary>
[MemoryDiagnoser]
public class RedisBenchmarks
{
    private RedisProcess _server = null!;
    private ServiceProvider _meters = null!;
    private IConnectionMultiplexer _connection = null!;
    private RedisCircuit _client = null!;
    private ServiceCounters _counters = null!;
    private long _counter;

    [GlobalSetup]
    public async Task SetUp()
    {
        _server = new RedisProcess();
        _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var options = new RedisOptions { Configuration = _server.Configuration };
        _connection = RedisConnection.Connect(options, NullLogger<RedisConnection>.Instance);
        _client = new RedisCircuit(_connection, Options.Create(options), new GatewayMetrics(_meters.GetRequiredService<IMeterFactory>()),
            NullLogger<RedisCircuit>.Instance);
        _counters = new ServiceCounters(new RedisShopStateStore(new RedisSharedValues(_client), _client));
        await BuyerMessage(); // loads the script and this node's versions of the shops
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _connection.DisposeAsync();
        await _meters.DisposeAsync();
        _server.Dispose();
    }

    [Benchmark(Baseline = true, Description = "PING round trip")]
    public Task<TimeSpan> Ping() => _client.RunAsync("PING", db => db.PingAsync(), CancellationToken.None);

    [Benchmark(Description = "counter update: buyer message (S1 + S2, one compare-and-set)")]
    public Task<CounterOutcome> BuyerMessage() => _counters.RecordAsync(Update(CounterEventKind.BuyerMessage), CancellationToken.None);

    [Benchmark(Description = "counter update: shop reply (one compare-and-set)")]
    public Task<CounterOutcome> ShopReply() => _counters.RecordAsync(Update(CounterEventKind.ShopReply), CancellationToken.None);

    /// <summary>
    /// 20 shops with 10 conversations each; every 2 000 updates a new generation of shops takes over, so a shop's state
    /// stays that of a busy shop (up to 10 waiting messages per conversation) instead of growing over the whole run.
    /// </summary>
    private CounterUpdate Update(CounterEventKind kind)
    {
        var n = Interlocked.Increment(ref _counter);
        return new CounterUpdate("bench", $"s{n % 20}-{n / 2000}", $"c{n % 200}", kind, DateTimeOffset.UtcNow, true, "2026-11-2", 10,
            TimeSpan.FromMinutes(5));
    }
}
