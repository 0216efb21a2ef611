namespace ChatGuard.Gateway.Redis;

/// <summary>The connection to Redis was lost or came back (subscriptions are restored by the client on reconnect).</summary>
public sealed record RedisConnectionChange(bool Connected, string Endpoint);
