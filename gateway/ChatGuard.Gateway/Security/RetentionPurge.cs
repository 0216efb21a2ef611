using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Storage;

namespace ChatGuard.Gateway.Security;

/// <summary>S12: buyer data is kept only as long as the retention setting says; older records are purged periodically.</summary>
public sealed partial class RetentionPurge(
    IEnumerable<IRetentionParticipant> stores,
    IEnumerable<IPurgeDependent> dependents,
    IOptionsMonitor<SecurityOptions> options,
    TimeProvider clock,
    ILogger<RetentionPurge> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await PurgeOnceAsync(stoppingToken);
            await Task.Delay(TimeSpan.FromMinutes(options.CurrentValue.PurgeIntervalMinutes), clock, stoppingToken);
        }
    }

    /// <summary>Purges everything older than the retention period; returns how many records went.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken ct)
    {
        var days = options.CurrentValue.RetentionDays;
        if (days == 0) return 0;
        var cutoff = clock.GetUtcNow().AddDays(-days);
        foreach (var dependent in dependents)
        {
            try
            {
                await dependent.KeepBeforePurgeAsync(cutoff, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSkipped(e, dependent.GetType().Name);
                return 0; // the next round tries again: a purge now would take what it still cites
            }
        }
        var total = 0;
        foreach (var store in stores)
        {
            try
            {
                total += await store.PurgeOlderThanAsync(cutoff, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e, store.GetType().Name);
            }
        }
        if (total > 0) LogPurged(total, cutoff);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge removed {Count} records older than {Cutoff:o}")]
    private partial void LogPurged(int count, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge skipped: {Dependent} could not keep what it cites")]
    private partial void LogSkipped(Exception e, string dependent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention purge failed in {Store}")]
    private partial void LogFailed(Exception e, string store);
}
