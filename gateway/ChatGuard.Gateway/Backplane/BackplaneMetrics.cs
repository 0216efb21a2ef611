using System.Diagnostics.Metrics;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Meter <c>ChatGuard.Backplane</c>: live events that could not be published to the other nodes (Redis unreachable) —
/// their recipients re-fetch history with <c>?after=sequence</c>. Tags name the kind of target only (S12: never ids).
/// </summary>
public sealed class BackplaneMetrics
{
    public const string MeterName = "ChatGuard.Backplane";

    private readonly Counter<long> _undelivered;

    public BackplaneMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _undelivered = meter.CreateCounter<long>("chatguard.backplane.undelivered", "{event}",
            "Live events that could not be published (Redis unreachable): their recipients did not get them live");
    }

    public void Undelivered(string target) => _undelivered.Add(1, new KeyValuePair<string, object?>("target", target));
}
