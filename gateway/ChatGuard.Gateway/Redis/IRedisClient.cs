namespace ChatGuard.Gateway.Redis;

/// <summary>
/// The gateway's one door to Redis: commands, Lua scripts and pub/sub. Every call runs through the resilience
/// pipeline (timeout, retry, circuit breaker) and fails with <see cref="RedisUnavailableException"/> when Redis
/// cannot serve it. Keys and channels are given as the caller built them (use <see cref="Key"/> for the prefix).
/// </summary>
public interface IRedisClient
{
    /// <summary>Whether the connection is up right now (the breaker may still be open).</summary>
    bool IsConnected { get; }

    /// <summary>Raised when the connection is lost or restored.</summary>
    event EventHandler<RedisConnectionChange>? ConnectionChanged;

    /// <summary>The deployment prefix joined to <paramref name="parts"/> with ':'.</summary>
    string Key(params string[] parts);

    Task PingAsync(CancellationToken ct);

    /// <summary>Any command, e.g. <c>ExecuteAsync("HGETALL", [key])</c>.</summary>
    Task<RedisReply> ExecuteAsync(string command, IReadOnlyList<object> args, CancellationToken ct);

    /// <summary>Runs a script with EVALSHA, loading it once (and again after NOSCRIPT, e.g. when Redis restarted).</summary>
    Task<RedisReply> EvaluateAsync(RedisScript script, IReadOnlyList<string> keys, IReadOnlyList<object> args, CancellationToken ct);

    /// <summary>Publishes to a channel; returns how many subscribers received it.</summary>
    Task<long> PublishAsync(string channel, byte[] payload, CancellationToken ct);

    /// <summary>Subscribes until the returned handle is disposed. Handlers run on the client's thread: keep them short.</summary>
    Task<IAsyncDisposable> SubscribeAsync(string channel, Action<string, byte[]> handler, CancellationToken ct);
}
