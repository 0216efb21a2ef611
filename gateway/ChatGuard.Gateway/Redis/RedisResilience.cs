using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// The Polly pipeline around every Redis call: a few quick retries of transient failures, a circuit breaker so
/// that a dead Redis costs a chat send almost nothing, and a per-attempt timeout.
/// </summary>
public static partial class RedisResilience
{
    public static bool IsTransient(Exception e) =>
        e is RedisConnectionException or RedisTimeoutException or TimeoutRejectedException or ObjectDisposedException;

    public static ResiliencePipeline Build(RedisOptions options, ILogger logger)
    {
        var handled = new PredicateBuilder().Handle<Exception>(IsTransient);
        // Retry only what never reached Redis (no connection to send it on). A timed-out call may have run on the
        // server: running a counter script twice would count twice, so timeouts go to the breaker, not to a retry.
        var unsent = new PredicateBuilder().Handle<RedisConnectionException>();
        // Network time, not the injected business clock: tests freeze the TimeProvider, and a frozen clock would
        // make timeouts and break durations never end.
        var builder = new ResiliencePipelineBuilder { TimeProvider = TimeProvider.System };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.Retries,
                Delay = TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = unsent,
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 4,
            SamplingDuration = TimeSpan.FromSeconds(10),
            BreakDuration = TimeSpan.FromSeconds(options.BreakSeconds),
            ShouldHandle = handled,
            OnOpened = args =>
            {
                LogOpened(logger, args.BreakDuration.TotalSeconds, args.Outcome.Exception?.GetType().Name ?? "failure");
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                LogClosed(logger);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(TimeSpan.FromMilliseconds(options.TimeoutMilliseconds));
        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis circuit opened for {Seconds}s after {Failure}: counters and cross-node delivery degrade until it closes")]
    private static partial void LogOpened(ILogger logger, double seconds, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis circuit closed: Redis answers again")]
    private static partial void LogClosed(ILogger logger);
}
