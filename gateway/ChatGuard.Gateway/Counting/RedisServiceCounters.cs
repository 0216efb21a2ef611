using System.Globalization;
using System.Text.Json;
using ChatGuard.Gateway.Redis;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Counting;

/// <summary>
/// Counters in Redis, shared by every gateway node: one script call per message (<see cref="CounterScripts.Record"/>).
/// Keys: <c>{prefix}:{tenant|shop}:streaks|handoff|greeted|pending:{conversation}|period:{YYYY-MM-h}</c>.
/// Expiries: S1 state two days after the shop's last counted message (idle shops start afresh), a waiting buyer
/// message eight days (past any reply window), period figures 400 days (a year of look-back).
/// Fails with <see cref="RedisUnavailableException"/> when Redis is down; callers degrade (see <c>CounterGaps</c>).
/// </summary>
public sealed class RedisServiceCounters(RedisCircuit redis) : IServiceCounters
{
    private static readonly long SessionTtl = (long)TimeSpan.FromDays(2).TotalSeconds;
    private static readonly long PendingTtl = (long)TimeSpan.FromDays(8).TotalSeconds;
    private static readonly long PeriodTtl = (long)TimeSpan.FromDays(400).TotalSeconds;

    public string Backend => "redis";

    public async Task<CounterOutcome> RecordAsync(CounterUpdate u, CancellationToken ct)
    {
        var keys = redis.Keys;
        var shop = ShopTag(u.Tenant, u.ShopId);
        var parameters = new
        {
            streaks = keys.Key(shop, "streaks"),
            handoff = keys.Key(shop, "handoff"),
            greeted = keys.Key(shop, "greeted"),
            pending = keys.Key(shop, "pending", u.ConversationId),
            period = keys.Key(shop, "period", u.AssessedPeriod ?? "-"),
            kind = u.Kind == CounterEventKind.BuyerMessage ? "b" : "r",
            conversation = u.ConversationId,
            now = u.At.ToUnixTimeMilliseconds(),
            countsForHandoff = u.CountsForHandoff ? "1" : "0",
            threshold = (long)u.Threshold,
            assessedPeriod = u.AssessedPeriod ?? "",
            replyTarget = (long)u.ReplyTarget.TotalMilliseconds,
            periodPrefix = (string)keys.Key(shop, "period", "")!,
            sessionTtl = SessionTtl,
            pendingTtl = PendingTtl,
            periodTtl = PeriodTtl,
        };
        var reply = await redis.RunAsync("record", db => CounterScripts.Record.EvaluateAsync(db, parameters), ct);
        return ToOutcome(reply);
    }

    public Task<bool> IsHandoffActiveAsync(string tenant, string shopId, CancellationToken ct)
    {
        var key = redis.Keys.Key(ShopTag(tenant, shopId), "handoff");
        return redis.RunAsync("read-handoff", db => db.KeyExistsAsync(key), ct);
    }

    public async Task<PeriodCounts> ReadPeriodAsync(string tenant, string shopId, string period, CancellationToken ct)
    {
        var key = redis.Keys.Key(ShopTag(tenant, shopId), "period", period);
        var fields = await redis.RunAsync("read-period", db => db.HashGetAllAsync(key), ct);
        var values = fields.ToDictionary(f => (string)f.Name!, f => (long)f.Value);
        return new PeriodCounts(values.GetValueOrDefault("buyer"), values.GetValueOrDefault("intime"),
            values.GetValueOrDefault("first"), values.GetValueOrDefault("firstms"));
    }

    public async Task WritePeriodAsync(string tenant, string shopId, string period, PeriodCounts c, CancellationToken ct)
    {
        var key = redis.Keys.Key(ShopTag(tenant, shopId), "period", period);
        HashEntry[] fields =
        [
            new("buyer", c.BuyerMessages), new("intime", c.RepliedInTime), new("first", c.FirstReplies), new("firstms", c.FirstReplyTotalMilliseconds),
        ];
        // One HSET of all four fields replaces the figures at once; both commands go in one transaction.
        await redis.RunAsync("write-period", async db =>
        {
            var transaction = db.CreateTransaction();
            _ = transaction.HashSetAsync(key, fields);
            _ = transaction.KeyExpireAsync(key, TimeSpan.FromSeconds(PeriodTtl));
            return await transaction.ExecuteAsync();
        }, ct);
    }

    public async Task<CounterOutcome> ReplaceBacklogAsync(string tenant, string shopId, IReadOnlyList<ConversationBacklog> backlog, int threshold, CancellationToken ct)
    {
        var keys = redis.Keys;
        var shop = ShopTag(tenant, shopId);
        var entries = backlog.Select(c => new object[]
        {
            c.ConversationId, c.Streak,
            c.Pending.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.At.ToUnixTimeMilliseconds()}|{p.Period}")).ToArray(),
        });
        var parameters = new
        {
            streaks = keys.Key(shop, "streaks"),
            handoff = keys.Key(shop, "handoff"),
            greeted = keys.Key(shop, "greeted"),
            threshold = (long)threshold,
            sessionTtl = SessionTtl,
            pendingTtl = PendingTtl,
            pendingPrefix = (string)keys.Key(shop, "pending", "")!,
            backlog = JsonSerializer.Serialize(entries),
        };
        var reply = await redis.RunAsync("replace-backlog", db => CounterScripts.ReplaceBacklog.EvaluateAsync(db, parameters), ct);
        return ToOutcome(reply);
    }

    /// <summary>Ids cannot contain '|', '{' or '}' (<c>Identifiers</c>), so the tag is unambiguous and names one hash slot.</summary>
    private static string ShopTag(string tenant, string shopId) => "{" + tenant + "|" + shopId + "}";

    private static CounterOutcome ToOutcome(RedisResult reply)
    {
        var items = (RedisResult[])reply!;
        var change = (long)items[1] switch
        {
            1 => HandoffChange.Started,
            -1 => HandoffChange.Ended,
            _ => HandoffChange.None,
        };
        return new CounterOutcome((long)items[0] == 1, change, [.. items.Skip(2).Select(i => (string)i!)]);
    }
}
