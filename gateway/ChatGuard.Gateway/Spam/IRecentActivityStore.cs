namespace ChatGuard.Gateway.Spam;

/// <summary>
/// Where the recent messages of each sender (C9) and each shop's unsolicited contacts (S5) live:
/// <see cref="InProcessRecentActivityStore"/> on a single node, <see cref="RedisRecentActivityStore"/> when several
/// nodes share Redis (a sender's messages spread over the nodes behind the load balancer). Either way the checks are
/// <see cref="SpamDetector"/>'s; the store only keeps the activity and applies changes atomically per key.
/// </summary>
public interface IRecentActivityStore
{
    /// <summary>
    /// Runs <paramref name="change"/> on the activity under <paramref name="key"/>, alone for that key. With other nodes
    /// changing the same key it may run again on the newer activity, so it must depend on nothing but its argument.
    /// </summary>
    /// <param name="now">The business clock, for forgetting keys with nothing inside the window.</param>
    Task<T> ChangeAsync<T>(string key, DateTimeOffset now, Func<RecentActivity<TextFingerprint?>, T> change, CancellationToken ct);
}
