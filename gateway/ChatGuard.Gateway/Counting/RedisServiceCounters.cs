using System.Globalization;
using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.Counting;

/// <summary>
/// Counters in Redis, shared by every gateway node: one EVALSHA per message (<see cref="CounterScripts.Record"/>).
/// Keys: <c>{prefix}:{tenant|shop}:streaks|handoff|greeted|pending:{conversation}|period:{YYYY-MM-h}</c>.
/// Expiries: S1 state two days after the shop's last counted message (idle shops start afresh), a waiting buyer
/// message eight days (past any reply window), period figures 400 days (a year of look-back).
/// Fails with <see cref="RedisUnavailableException"/> when Redis is down; callers degrade (see <c>CounterGaps</c>).
/// </summary>
public sealed class RedisServiceCounters(IRedisClient redis) : IServiceCounters
{
    private static readonly long SessionTtl = (long)TimeSpan.FromDays(2).TotalSeconds;
    private static readonly long PendingTtl = (long)TimeSpan.FromDays(8).TotalSeconds;
    private static readonly long PeriodTtl = (long)TimeSpan.FromDays(400).TotalSeconds;

    public string Backend => "redis";

    public async Task<CounterOutcome> RecordAsync(CounterUpdate u, CancellationToken ct)
    {
        var shop = ShopTag(u.Tenant, u.ShopId);
        var reply = await redis.EvaluateAsync(CounterScripts.Record,
            [
                redis.Key(shop, "streaks"), redis.Key(shop, "handoff"), redis.Key(shop, "greeted"),
                redis.Key(shop, "pending", u.ConversationId), redis.Key(shop, "period", u.AssessedPeriod ?? "-"),
            ],
            [
                u.Kind == CounterEventKind.BuyerMessage ? "b" : "r", u.ConversationId, u.At.ToUnixTimeMilliseconds(),
                u.CountsForHandoff ? "1" : "0", (long)u.Threshold, u.AssessedPeriod ?? "", (long)u.ReplyTarget.TotalMilliseconds,
                redis.Key(shop, "period", ""), SessionTtl, PendingTtl, PeriodTtl,
            ], ct);
        return ToOutcome(reply);
    }

    public async Task<bool> IsHandoffActiveAsync(string tenant, string shopId, CancellationToken ct) =>
        (await redis.ExecuteAsync("EXISTS", [redis.Key(ShopTag(tenant, shopId), "handoff")], ct)).AsInt64() == 1;

    public async Task<PeriodCounts> ReadPeriodAsync(string tenant, string shopId, string period, CancellationToken ct)
    {
        var fields = (await redis.ExecuteAsync("HGETALL", [redis.Key(ShopTag(tenant, shopId), "period", period)], ct)).AsArray();
        var values = new Dictionary<string, long>();
        for (var i = 0; i + 1 < fields.Count; i += 2) values[fields[i].Value!] = fields[i + 1].AsInt64();
        return new PeriodCounts(values.GetValueOrDefault("buyer"), values.GetValueOrDefault("intime"),
            values.GetValueOrDefault("first"), values.GetValueOrDefault("firstms"));
    }

    public async Task WritePeriodAsync(string tenant, string shopId, string period, PeriodCounts c, CancellationToken ct)
    {
        var key = redis.Key(ShopTag(tenant, shopId), "period", period);
        // One HSET of all four fields replaces the figures at once.
        await redis.ExecuteAsync("HSET", [key, "buyer", c.BuyerMessages, "intime", c.RepliedInTime, "first", c.FirstReplies, "firstms", c.FirstReplyTotalMilliseconds], ct);
        await redis.ExecuteAsync("EXPIRE", [key, PeriodTtl], ct);
    }

    public async Task<CounterOutcome> ReplaceBacklogAsync(string tenant, string shopId, IReadOnlyList<ConversationBacklog> backlog, int threshold, CancellationToken ct)
    {
        var shop = ShopTag(tenant, shopId);
        var args = new List<object> { (long)threshold, SessionTtl, PendingTtl, redis.Key(shop, "pending", "") };
        foreach (var c in backlog)
        {
            args.Add(c.ConversationId);
            args.Add((long)c.Streak);
            args.Add((long)c.Pending.Count);
            args.AddRange(c.Pending.Select(p => (object)string.Create(CultureInfo.InvariantCulture, $"{p.At.ToUnixTimeMilliseconds()}|{p.Period}")));
        }
        var reply = await redis.EvaluateAsync(CounterScripts.ReplaceBacklog,
            [redis.Key(shop, "streaks"), redis.Key(shop, "handoff"), redis.Key(shop, "greeted")], args, ct);
        return ToOutcome(reply);
    }

    /// <summary>Ids cannot contain '|', '{' or '}' (<c>Identifiers</c>), so the tag is unambiguous and names one hash slot.</summary>
    private static string ShopTag(string tenant, string shopId) => "{" + tenant + "|" + shopId + "}";

    private static CounterOutcome ToOutcome(RedisReply reply)
    {
        var items = reply.AsArray();
        var change = items[1].AsInt64() switch
        {
            1 => HandoffChange.Started,
            -1 => HandoffChange.Ended,
            _ => HandoffChange.None,
        };
        return new CounterOutcome(items[0].AsInt64() == 1, change, [.. items.Skip(2).Select(i => i.Value!)]);
    }
}
