using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Token buckets for sent messages, per user and per hub connection (ASP.NET Core's HTTP rate limiter does not see
/// individual hub invocations). Node-local: behind a sticky load balancer a user's connections share a node.
/// <see cref="ConnectionGuardHubFilter"/> opens and closes a connection's bucket; the send path asks <see cref="Refusal"/>.
/// </summary>
public sealed class MessageRateLimits(IOptions<SecurityOptions> options, SecurityMetrics metrics) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perUser = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.PerMinute(options.Value.MessagesPerMinutePerUser)));
    private readonly ConcurrentDictionary<string, RateLimiter> _perConnection = new(StringComparer.Ordinal);

    public void OpenConnection(string connectionId) =>
        _perConnection[connectionId] = new TokenBucketRateLimiter(TokenBuckets.PerMinute(options.Value.MessagesPerMinutePerConnection));

    public void CloseConnection(string connectionId)
    {
        if (_perConnection.TryRemove(connectionId, out var bucket)) bucket.Dispose();
    }

    /// <summary>Takes one message from the connection's bucket and the user's; the reason to refuse when either is empty.</summary>
    public string? Refusal(string userKey, string? connectionId)
    {
        if (connectionId is not null && _perConnection.TryGetValue(connectionId, out var connection))
        {
            using var connectionLease = connection.AttemptAcquire();
            if (!connectionLease.IsAcquired)
            {
                metrics.RateLimited("connection_message");
                return $"rate limit: at most {options.Value.MessagesPerMinutePerConnection} messages a minute on one connection";
            }
        }
        using var lease = _perUser.AttemptAcquire(userKey);
        if (lease.IsAcquired) return null;
        metrics.RateLimited("message");
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        return $"rate limit: at most {options.Value.MessagesPerMinutePerUser} messages a minute; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s";
    }

    public void Dispose()
    {
        _perUser.Dispose();
        foreach (var bucket in _perConnection.Values) bucket.Dispose();
    }
}
