using System.Diagnostics.Metrics;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Meter <c>ChatGuard.Backplane</c>: frames published to and received from other nodes, and what could not be
/// sent to them (Redis unreachable) — those recipients re-fetch history with <c>?after=sequence</c>.
/// Tags name the kind of target only (S12: never ids).
/// </summary>
public sealed class BackplaneMetrics
{
    public const string MeterName = "ChatGuard.Backplane";

    private readonly Counter<long> _published;
    private readonly Counter<long> _undelivered;
    private readonly Counter<long> _received;

    public BackplaneMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _published = meter.CreateCounter<long>("chatguard.backplane.published", "{frame}", "Frames published to the other nodes");
        _undelivered = meter.CreateCounter<long>("chatguard.backplane.undelivered", "{frame}",
            "Frames that could not be published (Redis unreachable): their recipients on other nodes did not get them live");
        _received = meter.CreateCounter<long>("chatguard.backplane.received", "{frame}", "Frames received from other nodes");
    }

    public void Published(string target) => _published.Add(1, new KeyValuePair<string, object?>("target", target));

    public void Undelivered(string target) => _undelivered.Add(1, new KeyValuePair<string, object?>("target", target));

    public void Received() => _received.Add(1);
}
