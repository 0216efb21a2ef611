using System.Diagnostics;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// What the counters' calls add to StackExchange.Redis: a circuit breaker, so that a Redis that accepts connections
/// but does not answer (paused, swapping) costs a chat send nothing after a few timeouts instead of a timeout each;
/// and one exception type, <see cref="RedisUnavailableException"/>, that callers catch to degrade. Reconnection,
/// script caching and fail-fast while disconnected are the library's.
/// </summary>
public sealed partial class RedisCircuit
{
    private readonly ResiliencePipeline _pipeline;
    private readonly GatewayMetrics _metrics;

    public RedisCircuit(IConnectionMultiplexer connection, IOptions<RedisOptions> options, GatewayMetrics metrics, ILogger<RedisCircuit> logger)
    {
        Database = connection.GetDatabase();
        Keys = new RedisKeyspace(options.Value.Prefix);
        _metrics = metrics;
        // Network time, not the injected business clock: tests freeze the TimeProvider, and a frozen clock would
        // never end a break.
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = TimeProvider.System }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = TimeSpan.FromSeconds(options.Value.BreakSeconds),
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
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
            })
            .Build();
    }

    public IDatabase Database { get; }

    public RedisKeyspace Keys { get; }

    /// <param name="operation">The metric's tag: a name the code chose, never a key or a value (S12).</param>
    public async Task<T> RunAsync<T>(string operation, Func<IDatabase, Task<T>> call, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await _pipeline.ExecuteAsync(async token => await call(Database).WaitAsync(token), ct);
        }
        catch (Exception e) when (IsTransient(e) && !ct.IsCancellationRequested)
        {
            throw new RedisUnavailableException($"Redis did not answer: {e.GetType().Name}", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new RedisUnavailableException("Redis circuit is open after repeated failures", e);
        }
        finally
        {
            _metrics.RedisCall(started, operation);
        }
    }

    private static bool IsTransient(Exception e) => e is RedisConnectionException or RedisTimeoutException or ObjectDisposedException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis circuit opened for {Seconds}s after {Failure}: counters degrade until it closes")]
    private static partial void LogOpened(ILogger logger, double seconds, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis circuit closed: Redis answers again")]
    private static partial void LogClosed(ILogger logger);
}
