namespace ChatGuard.Gateway.Redis;

/// <summary>
/// Redis did not answer in time, the connection is down, or the circuit is open. Callers catch this one type to
/// degrade (counters skip, local delivery goes on) instead of failing the chat.
/// </summary>
public sealed class RedisUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
