using System.Diagnostics;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// <see cref="IRedisClient"/> over StackExchange.Redis 1.2.6 (the newest the registry here restores; DESIGN.md).
/// Connects lazily and never aborts on a failed connect, so the gateway starts and chats while Redis is down;
/// the library reconnects (and re-subscribes) in the background.
/// </summary>
public sealed partial class StackExchangeRedisClient : IRedisClient, IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly ILogger<StackExchangeRedisClient> _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private readonly GatewayMetrics _metrics;
    private ConnectionMultiplexer? _connection;

    public StackExchangeRedisClient(IOptions<RedisOptions> options, GatewayMetrics metrics, ILogger<StackExchangeRedisClient> logger)
    {
        _metrics = metrics;
        _options = options.Value;
        _logger = logger;
        _pipeline = RedisResilience.Build(_options, logger);
    }

    public bool IsConnected => _connection?.IsConnected == true;

    public event EventHandler<RedisConnectionChange>? ConnectionChanged;

    public string Key(params string[] parts) => _options.Prefix + ":" + string.Join(':', parts);

    public Task PingAsync(CancellationToken ct) =>
        RunAsync("PING", async (c, token) => await c.GetDatabase().PingAsync().WaitAsync(token), ct);

    public Task<RedisReply> ExecuteAsync(string command, IReadOnlyList<object> args, CancellationToken ct) =>
        RunAsync(command, async (c, token) => ToReply(await c.GetDatabase().ExecuteAsync(command, [.. args]).WaitAsync(token)), ct);

    public Task<RedisReply> EvaluateAsync(RedisScript script, IReadOnlyList<string> keys, IReadOnlyList<object> args, CancellationToken ct)
    {
        var redisKeys = keys.Select(k => (RedisKey)k).ToArray();
        var values = args.Select(ToValue).ToArray();
        return RunAsync("EVALSHA " + script.Name, async (c, token) =>
        {
            var db = c.GetDatabase();
            try
            {
                return ToReply(await db.ScriptEvaluateAsync(script.Sha1, redisKeys, values).WaitAsync(token));
            }
            catch (RedisServerException e) when (e.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
            {
                // First use on this server, or Redis restarted and lost its script cache: load once, call by SHA again.
                await db.ExecuteAsync("SCRIPT", "LOAD", script.Lua).WaitAsync(token);
                LogScriptLoaded(script.Name);
                return ToReply(await db.ScriptEvaluateAsync(script.Sha1, redisKeys, values).WaitAsync(token));
            }
        }, ct);
    }

    public Task<long> PublishAsync(string channel, byte[] payload, CancellationToken ct) =>
        RunAsync("PUBLISH", async (c, token) => await c.GetSubscriber().PublishAsync(channel, payload).WaitAsync(token), ct);

    public async Task<IAsyncDisposable> SubscribeAsync(string channel, Action<string, byte[]> handler, CancellationToken ct)
    {
        Action<RedisChannel, RedisValue> callback = (ch, value) => handler(ch.ToString() ?? channel, (byte[]?)value ?? []);
        var connection = await RunAsync("SUBSCRIBE", async (c, token) =>
        {
            await c.GetSubscriber().SubscribeAsync(channel, callback).WaitAsync(token);
            return c;
        }, ct);
        return new Subscription(() => connection.GetSubscriber().UnsubscribeAsync(channel, callback));
    }

    /// <param name="command">The metric's tag: a command or script name the code chose, never a key or a value (S12).</param>
    private async Task<T> RunAsync<T>(string command, Func<ConnectionMultiplexer, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var connection = await ConnectAsync(ct);
            return await _pipeline.ExecuteAsync(async token => await call(connection, token), ct);
        }
        catch (Exception e) when (RedisResilience.IsTransient(e) && !ct.IsCancellationRequested)
        {
            throw new RedisUnavailableException($"Redis did not answer: {e.GetType().Name}", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new RedisUnavailableException("Redis circuit is open after repeated failures", e);
        }
        finally
        {
            _metrics.RedisCall(started, command);
        }
    }

    private async Task RunAsync(string command, Func<ConnectionMultiplexer, CancellationToken, Task> call, CancellationToken ct) =>
        await RunAsync<bool>(command, async (c, token) =>
        {
            await call(c, token);
            return true;
        }, ct);

    private async ValueTask<ConnectionMultiplexer> ConnectAsync(CancellationToken ct)
    {
        if (_connection is { } ready) return ready;
        await _connectLock.WaitAsync(ct);
        try
        {
            if (_connection is { } raced) return raced;
            var configuration = ConfigurationOptions.Parse(_options.Configuration!);
            configuration.AbortOnConnectFail = false; // start and keep retrying in the background while Redis is down
            var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
            connection.ConnectionFailed += (_, e) =>
            {
                LogLost(e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
                ConnectionChanged?.Invoke(this, new RedisConnectionChange(false, e.EndPoint?.ToString() ?? ""));
            };
            connection.ConnectionRestored += (_, e) =>
            {
                LogRestored(e.EndPoint?.ToString() ?? "?");
                ConnectionChanged?.Invoke(this, new RedisConnectionChange(true, e.EndPoint?.ToString() ?? ""));
            };
            if (!connection.IsConnected) LogNotConnected(string.Join(",", configuration.EndPoints));
            _connection = connection;
            return connection;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    private static RedisValue ToValue(object arg) => arg switch
    {
        string s => s,
        long l => l,
        int i => i,
        double d => d,
        bool b => b ? 1 : 0,
        byte[] bytes => bytes,
        _ => throw new ArgumentException($"unsupported Redis argument type {arg.GetType().Name}"),
    };

    private static RedisReply ToReply(RedisResult result)
    {
        if (result.IsNull) return RedisReply.Nil;
        // 1.2.6 exposes no result type: an array reply is the one that converts to RedisResult[].
        RedisResult[]? items;
        try
        {
            items = (RedisResult[])result;
        }
        catch (InvalidCastException)
        {
            items = null;
        }
        return items is null ? new RedisReply((string?)result, null) : new RedisReply(null, [.. items.Select(ToReply)]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.CloseAsync();
        _connection?.Dispose();
        _connectLock.Dispose();
    }

    private sealed class Subscription(Func<Task> unsubscribe) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await unsubscribe();
            }
            catch (Exception e) when (RedisResilience.IsTransient(e))
            {
                // The server forgets subscriptions of a lost connection anyway.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {Endpoint} lost ({Failure}): chatting goes on, counters degrade; reconnecting in the background")]
    private partial void LogLost(string endpoint, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {Endpoint} restored")]
    private partial void LogRestored(string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoints} is not reachable at start: the gateway serves without it and keeps trying")]
    private partial void LogNotConnected(string endpoints);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded Lua script {Script} into Redis")]
    private partial void LogScriptLoaded(string script);
}
