using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// Opens the shared connection so that the gateway starts and chats while Redis is down: it never aborts on a failed
/// connect, and commands fail at once instead of queueing while no connection is up (the library reconnects and
/// re-subscribes in the background). A call that does reach Redis is bounded by <see cref="RedisOptions.TimeoutMilliseconds"/>.
/// </summary>
public sealed partial class RedisConnection
{
    public static IConnectionMultiplexer Connect(RedisOptions options, ILogger<RedisConnection> logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.AsyncTimeout = options.TimeoutMilliseconds;
        // Only SignalR's backplane calls Redis synchronously, to unsubscribe when the host stops; right after a Redis
        // restart that can take longer than a chat send may wait, and a timeout there fails the whole shutdown.
        configuration.SyncTimeout = Math.Max(options.TimeoutMilliseconds, 5000);
        configuration.ConnectTimeout = Math.Max(options.TimeoutMilliseconds, 1000);
        // Pub/sub (SignalR's backplane) under the deployment's prefix, as the keys are: two deployments on one Redis
        // never see each other's messages.
        configuration.ChannelPrefix = RedisChannel.Literal(options.Prefix + ":");
        var connection = ConnectionMultiplexer.Connect(configuration);
        connection.ConnectionFailed += (_, e) => LogLost(logger, e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
        connection.ConnectionRestored += (_, e) => LogRestored(logger, e.EndPoint?.ToString() ?? "?");
        if (!connection.IsConnected) LogNotConnected(logger, string.Join(",", configuration.EndPoints));
        return connection;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {Endpoint} lost ({Failure}): chatting goes on, counters degrade; reconnecting in the background")]
    private static partial void LogLost(ILogger logger, string endpoint, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {Endpoint} restored")]
    private static partial void LogRestored(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoints} is not reachable at start: the gateway serves without it and keeps trying")]
    private static partial void LogNotConnected(ILogger logger, string endpoints);
}
