using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>Keys under the deployment's prefix (<c>ChatGuard:Redis:Prefix</c>), so several deployments can share one Redis.</summary>
public sealed class RedisKeyspace(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>The prefix joined to <paramref name="parts"/> with ':'.</summary>
    public RedisKey Key(params string[] parts) => Prefix + ":" + string.Join(':', parts);
}
