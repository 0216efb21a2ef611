using BenchmarkDotNet.Attributes;
using ChatGuard.Gateway.ServiceLevel;

namespace ChatGuard.LoadTests.Benchmarks;

/// <summary>
/// The S1/S2 counter update of one message on a single node (no Redis): the shop's state machine applied under the
/// shop's lock. Same cast as <see cref="RedisBenchmarks"/>: busy shops, up to 10 waiting messages per conversation.
/// </summary>
[MemoryDiagnoser]
public class ServiceLevelBenchmarks
{
    private readonly ServiceCounters _counters = new(new InProcessShopStateStore());
    private long _counter;

    [Benchmark(Description = "in-process counter update: buyer message (S1 + S2)")]
    public Task<CounterOutcome> BuyerMessage() => _counters.RecordAsync(Update(CounterEventKind.BuyerMessage), CancellationToken.None);

    [Benchmark(Description = "in-process counter update: shop reply")]
    public Task<CounterOutcome> ShopReply() => _counters.RecordAsync(Update(CounterEventKind.ShopReply), CancellationToken.None);

    private CounterUpdate Update(CounterEventKind kind)
    {
        var n = Interlocked.Increment(ref _counter);
        return new CounterUpdate("bench", $"s{n % 20}-{n / 2000}", $"c{n % 200}", kind, DateTimeOffset.UtcNow, true, "2026-11-2", 10,
            TimeSpan.FromMinutes(5));
    }
}
