using ChatGuard.Gateway.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatGuard.Gateway.Health;

/// <summary><c>/readyz</c>: the store answers a trivial query in time.</summary>
public sealed class StoreHealthCheck(SqlDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await database.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("store does not answer", e);
        }
    }
}
