using ChatGuard.Gateway.Telemetry;

namespace ChatGuard.Gateway.Flags;

/// <summary>Counts the pending flags in the store now and then for the <c>chatguard.flags.pending</c> gauge.</summary>
public sealed partial class PendingFlagsGauge(IFlagStore flags, GatewayMetrics metrics, TimeProvider clock, ILogger<PendingFlagsGauge> logger)
    : BackgroundService
{
    /// <summary>Often enough for a dashboard, rare enough that the count query costs nothing on the send path.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                metrics.FlagsPending(await flags.CountPendingAsync(stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCountFailed(e); // the store may be down for a moment; the gauge keeps its last value
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting pending flags failed")]
    private partial void LogCountFailed(Exception e);
}
