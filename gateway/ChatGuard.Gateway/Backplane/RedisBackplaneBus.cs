using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// <see cref="IBackplaneBus"/> over Redis pub/sub (StackExchange.Redis 1.2.6, DESIGN.md). Publishes go through a
/// Polly pipeline — a timeout inside a circuit breaker — so a dead Redis costs a send at most
/// <see cref="BackplaneOptions.PublishTimeout"/>, and nothing once the circuit is open. There is no retry: a
/// PUBLISH that timed out may still have gone out, and a retry would deliver it twice; recipients that missed a
/// frame re-fetch history instead.
/// </summary>
public sealed partial class RedisBackplaneBus : IBackplaneBus
{
    private readonly ISubscriber _subscriber;
    private readonly ResiliencePipeline<long> _publish;
    private readonly TimeSpan _subscribeTimeout;
    private readonly BackplaneMetrics _metrics;
    private readonly ILogger<RedisBackplaneBus> _logger;
    private long _undeliveredSinceOutage;

    public RedisBackplaneBus(IConnectionMultiplexer redis, IOptions<BackplaneOptions> options, BackplaneMetrics metrics, ILogger<RedisBackplaneBus> logger)
    {
        var o = options.Value;
        _subscriber = redis.GetSubscriber();
        _subscribeTimeout = o.PublishTimeout;
        _metrics = metrics;
        _logger = logger;
        _publish = new ResiliencePipelineBuilder<long>
        {
            // Network deadlines are wall-clock time, whatever TimeProvider the rules run on.
            TimeProvider = TimeProvider.System,
        }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<long>
            {
                ShouldHandle = new PredicateBuilder<long>().Handle<RedisException>().Handle<TimeoutRejectedException>().Handle<TimeoutException>(),
                FailureRatio = 0.5,
                MinimumThroughput = o.BreakMinimumThroughput,
                SamplingDuration = o.BreakSampling,
                BreakDuration = o.BreakDuration,
            })
            .AddTimeout(o.PublishTimeout)
            .Build();
    }

    public async Task<long?> PublishAsync(string channel, byte[] frame, string target, CancellationToken ct)
    {
        try
        {
            var receivers = await _publish.ExecuteAsync(
                static async (state, _) => await state.Subscriber.PublishAsync(state.Channel, state.Frame),
                (Subscriber: _subscriber, Channel: (RedisChannel)channel, Frame: frame), ct);
            _metrics.Published(target);
            var missed = Interlocked.Exchange(ref _undeliveredSinceOutage, 0);
            if (missed > 0) LogResumed(missed);
            return receivers;
        }
        catch (Exception e) when (e is RedisException or TimeoutRejectedException or TimeoutException or BrokenCircuitException)
        {
            _metrics.Undelivered(target);
            // One warning per outage, not one per message: the metric has the count.
            if (Interlocked.Increment(ref _undeliveredSinceOutage) == 1) LogSuspended(e.GetType().Name, e.Message);
            return null;
        }
    }

    public async Task SubscribeAsync(string channel, Action<byte[]> onFrame)
    {
        try
        {
            // Not through the pipeline: the multiplexer records the subscription before it sends SUBSCRIBE and
            // replays it on reconnect, so a failed attempt must not be repeated (it would register the handler twice).
            await _subscriber.SubscribeAsync(channel, (_, value) => onFrame((byte[])value!)).WaitAsync(_subscribeTimeout);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogSubscribeDeferred(e.GetType().Name);
        }
    }

    public async Task UnsubscribeAsync(string channel)
    {
        try
        {
            await _subscriber.UnsubscribeAsync(channel).WaitAsync(_subscribeTimeout);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogSubscribeDeferred(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Backplane: Redis unreachable ({Error}: {Reason}); messages still reach connections on this node, other nodes miss them " +
        "until Redis is back (counted in chatguard.backplane.undelivered; clients re-fetch history with ?after=sequence)")]
    private partial void LogSuspended(string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backplane: Redis reachable again; {Missed} frames were not delivered to other nodes meanwhile")]
    private partial void LogResumed(long missed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backplane: subscription change not confirmed by Redis ({Error}); it is applied when Redis reconnects")]
    private partial void LogSubscribeDeferred(string error);
}
