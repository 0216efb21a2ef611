using System.Threading.RateLimiting;
using ChatGuard.Gateway.Messaging;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Token buckets per user and per connection for hub messages (ASP.NET Core's HTTP rate limiter does not see
/// individual hub invocations). Node-local: behind a sticky load balancer a user's connections share a node.
/// </summary>
public sealed class MessageRateLimitCheck(IOptions<SecurityOptions> options, SecurityMetrics metrics) : ISendCheck, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perUser = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(options.Value.MessagesPerMinutePerUser)));

    public ValueTask CheckAsync(SendContext context, CancellationToken ct)
    {
        using var lease = _perUser.AttemptAcquire(context.Sender.UserKey);
        if (!lease.IsAcquired)
        {
            metrics.RateLimited("message");
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
            throw new MessageRejectedException(
                $"rate limit: at most {options.Value.MessagesPerMinutePerUser} messages a minute; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s");
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A bucket holding a minute's worth, refilled at least once a second (no faster timers per user).</summary>
    internal static TokenBucketRateLimiterOptions Bucket(int perMinute)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1.0, 60.0 / perMinute));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = (int)Math.Ceiling(perMinute * period.TotalSeconds / 60.0),
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    public void Dispose() => _perUser.Dispose();
}
