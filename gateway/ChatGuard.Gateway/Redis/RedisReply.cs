using System.Globalization;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// A Redis reply in the project's own terms (a bulk value, an integer as text, nil, or an array), so callers do not
/// depend on the client library's types and a library upgrade stays behind <see cref="IRedisClient"/>.
/// </summary>
public sealed record RedisReply(string? Value, IReadOnlyList<RedisReply>? Items)
{
    public static readonly RedisReply Nil = new(null, null);

    public bool IsNil => Value is null && Items is null;

    public long AsInt64() => long.Parse(Value ?? throw new InvalidOperationException("the reply is nil or an array"), CultureInfo.InvariantCulture);

    public IReadOnlyList<RedisReply> AsArray() => Items ?? throw new InvalidOperationException("the reply is not an array");
}
