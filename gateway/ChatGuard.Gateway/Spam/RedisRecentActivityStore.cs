using ChatGuard.Gateway.Redis;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Spam;

/// <summary>
/// Recent activity shared by every node: one value per sender (or shop) at <c>{prefix}:spam:{key}</c>, changed by
/// one compare-and-set round trip (<see cref="RedisSharedValues"/>), bounded by <see cref="SpamOptions.MaxRecentPerSender"/>
/// entries and expiring one window after its last change. Fails with <see cref="RedisUnavailableException"/> when
/// Redis is down (the detector then skips its checks).
/// </summary>
public sealed class RedisRecentActivityStore(RedisSharedValues values, RedisCircuit redis, IOptionsMonitor<SpamOptions> options) : IRecentActivityStore
{
    public Task<T> ChangeAsync<T>(string key, DateTimeOffset now, Func<RecentActivity<TextFingerprint?>, T> change, CancellationToken ct)
    {
        var o = options.CurrentValue;
        return values.ChangeAsync("spam-activity", redis.Keys.Key("spam", key), o.Window, current =>
        {
            var activity = RecentActivityCodec.Decode(current, o.MaxRecentPerSender);
            var outcome = change(activity);
            return (RecentActivityCodec.Encode(activity), outcome);
        }, ct);
    }
}
