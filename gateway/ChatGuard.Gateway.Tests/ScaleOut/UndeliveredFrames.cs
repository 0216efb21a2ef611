using System.Diagnostics.Metrics;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.ScaleOut;

/// <summary>Sums one node's <c>chatguard.backplane.undelivered</c> measurements (that node's meters only).</summary>
public sealed class UndeliveredFrames : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public UndeliveredFrames(GatewayHost node)
    {
        var meters = node.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == BackplaneMetrics.MeterName && instrument.Name == "chatguard.backplane.undelivered")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
