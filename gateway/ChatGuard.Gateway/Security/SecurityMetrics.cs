using System.Diagnostics.Metrics;

namespace ChatGuard.Gateway.Security;

/// <summary>Counts what the security limits refused; labels are kinds, never user ids (S12).</summary>
public sealed class SecurityMetrics
{
    public const string MeterName = "ChatGuard.Security";

    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _connectionsRefused;

    public SecurityMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rateLimited = meter.CreateCounter<long>("chatguard.security.rate_limited", description: "Requests or messages refused by a rate limit");
        _connectionsRefused = meter.CreateCounter<long>("chatguard.security.connections_refused", description: "Hub connections refused (limit or origin)");
    }

    public void RateLimited(string kind) => _rateLimited.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void ConnectionRefused(string reason) => _connectionsRefused.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
