using ChatGuard.Gateway.Redis;
using StackExchange.Redis;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// Once Redis answers again, rebuilds every shop whose updates this node missed (<see cref="CounterGaps"/>) from the
/// stored messages — assessment periods and live S1/S2 state — and says in the log what was lost and recovered.
/// Tries every few seconds, and at once when the connection is restored.
/// </summary>
public sealed partial class CounterCatchUp(
    CounterGaps gaps, AssessmentRebuilder rebuilder, HandoffNotifier notifier, TimeProvider clock, ILogger<CounterCatchUp> logger,
    IConnectionMultiplexer? redis = null) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (redis is not null) redis.ConnectionRestored += (_, _) => _wake.Release();
        while (!stoppingToken.IsCancellationRequested)
        {
            // Real time: the injected clock is the business clock and may be frozen in tests.
            try
            {
                await _wake.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await CatchUpAsync(stoppingToken);
        }
    }

    /// <summary>One pass over the shops with gaps; stops at the first shop Redis cannot serve yet.</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        foreach (var (tenant, shopId, gap) in gaps.Snapshot())
        {
            try
            {
                var outcome = await rebuilder.CatchUpAsync(tenant, shopId, gap.Since, clock.GetUtcNow(), ct);
                gaps.Resolve(tenant, shopId, gap);
                LogCaughtUp(tenant, shopId, gap.Missed, gap.Since);
                if (outcome.Change != HandoffChange.None)
                    await notifier.NotifyAsync(tenant, shopId, outcome.Change == HandoffChange.Started, ct);
            }
            catch (RedisUnavailableException)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be down as well (a restarting database): the gap stays and the next pass retries it.
                // Letting this escape would stop the whole node (a failed BackgroundService stops the host).
                LogCatchUpFailed(e, tenant, shopId);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the counters of shop {Tenant}/{ShopId} failed; retrying on the next pass")]
    private partial void LogCatchUpFailed(Exception e, string tenant, string shopId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counters of shop {Tenant}/{ShopId} missed {Missed} updates since {Since:o} while Redis was down; rebuilt from the stored messages")]
    private partial void LogCaughtUp(string tenant, string shopId, long missed, DateTimeOffset since);
}
