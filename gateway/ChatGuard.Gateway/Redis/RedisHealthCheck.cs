using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatGuard.Gateway.Redis;

/// <summary><c>/readyz</c>: Redis answers PING (registered only when Redis is configured).</summary>
public sealed class RedisHealthCheck(RedisCircuit redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await redis.RunAsync("PING", db => db.PingAsync(), ct);
            return HealthCheckResult.Healthy();
        }
        catch (RedisUnavailableException e)
        {
            return HealthCheckResult.Unhealthy("redis does not answer", e);
        }
    }
}
