using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// <see cref="IBackplaneBus"/> over the gateway's shared Redis connection (<see cref="IRedisClient"/>: its Polly
/// timeout, retries and circuit breaker apply to every publish and subscribe). Adds what a backplane needs on
/// top: an outage is logged once and counted per frame, and subscriptions Redis refused (circuit open) are
/// retried until they hold, so delivery to connections that joined during an outage resumes with Redis.
/// </summary>
public sealed partial class RedisBackplaneBus(IRedisClient redis, BackplaneMetrics metrics, ILogger<RedisBackplaneBus> logger) : IBackplaneBus
{
    private static readonly TimeSpan ResubscribeInterval = TimeSpan.FromSeconds(1);
    private long _undeliveredSinceOutage;

    public string Channel(params string[] parts) => redis.Key(["signalr", .. parts]);

    public async Task<long?> PublishAsync(string channel, byte[] frame, string target, CancellationToken ct)
    {
        try
        {
            var receivers = await redis.PublishAsync(channel, frame, ct);
            metrics.Published(target);
            var missed = Interlocked.Exchange(ref _undeliveredSinceOutage, 0);
            if (missed > 0) LogResumed(missed);
            return receivers;
        }
        catch (RedisUnavailableException e)
        {
            metrics.Undelivered(target);
            // One warning per outage, not one per message: the metric has the count.
            if (Interlocked.Increment(ref _undeliveredSinceOutage) == 1) LogSuspended(e.Message);
            return null;
        }
    }

    public async Task<IAsyncDisposable> SubscribeAsync(string channel, Action<byte[]> onFrame)
    {
        var subscription = new Subscription(redis, this, channel, onFrame);
        if (!await subscription.TryAttachAsync()) _ = subscription.KeepTryingAsync();
        return subscription;
    }

    private sealed class Subscription(IRedisClient redis, RedisBackplaneBus bus, string channel, Action<byte[]> onFrame) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _disposed = new();
        private readonly SemaphoreSlim _gate = new(1, 1);
        private IAsyncDisposable? _attached;

        public async Task<bool> TryAttachAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_disposed.IsCancellationRequested) return true;
                _attached ??= await redis.SubscribeAsync(channel, (_, frame) => onFrame(frame), _disposed.Token);
                return true;
            }
            catch (RedisUnavailableException)
            {
                return false;
            }
            catch (OperationCanceledException)
            {
                return true;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task KeepTryingAsync()
        {
            bus.LogSubscribeDeferred();
            try
            {
                do await Task.Delay(ResubscribeInterval, _disposed.Token);
                while (!await TryAttachAsync());
            }
            catch (OperationCanceledException)
            {
                // Left before Redis came back.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _disposed.CancelAsync();
            await _gate.WaitAsync();
            try
            {
                if (_attached is not null) await _attached.DisposeAsync();
                _attached = null;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Backplane: Redis unavailable ({Reason}); messages still reach connections on this node, other nodes miss them " +
        "until Redis is back (counted in chatguard.backplane.undelivered; clients re-fetch history with ?after=sequence)")]
    private partial void LogSuspended(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backplane: Redis reachable again; {Missed} frames were not delivered to other nodes meanwhile")]
    private partial void LogResumed(long missed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backplane: Redis refused a subscription; retrying every second until it is back")]
    private partial void LogSubscribeDeferred();
}
