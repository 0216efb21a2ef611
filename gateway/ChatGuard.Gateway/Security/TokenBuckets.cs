using System.Threading.RateLimiting;

namespace ChatGuard.Gateway.Security;

/// <summary>The one bucket shape of every per-minute limit here.</summary>
public static class TokenBuckets
{
    /// <summary>A bucket holding a minute's worth, refilled at least once a second (no faster timers per user).</summary>
    public static TokenBucketRateLimiterOptions PerMinute(int perMinute)
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
}
