using System.Text.Json;
using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// Each shop's state as one versioned value in Redis, shared by every gateway node: a change reads nothing beforehand
/// when this node holds the latest version and is then one compare-and-set round trip per message
/// (<see cref="RedisSharedValues"/>); the rules run here, in C#, never in Lua. Key:
/// <c>{prefix}:{tenant|shop}:service-level</c>, expiring <see cref="ShopServiceState.PeriodLifetime"/> after its last
/// change. Fails with <see cref="RedisUnavailableException"/> when Redis is down; callers degrade (<see cref="CounterGaps"/>).
/// </summary>
public sealed class RedisShopStateStore(RedisSharedValues values, RedisCircuit redis) : IShopStateStore
{
    public string Backend => "redis";

    public async Task<ShopServiceState> ReadAsync(string tenant, string shopId, CancellationToken ct) =>
        Decode(await values.ReadAsync("service-level-read", Key(tenant, shopId), ct));

    public Task<T> ChangeAsync<T>(string tenant, string shopId, Func<ShopServiceState, (ShopServiceState State, T Outcome)> change, CancellationToken ct) =>
        values.ChangeAsync("service-level-change", Key(tenant, shopId), ShopServiceState.PeriodLifetime, current =>
        {
            var (state, outcome) = change(Decode(current));
            return (JsonSerializer.SerializeToUtf8Bytes(state, ShopStateJson.Default.ShopServiceState), outcome);
        }, ct);

    /// <summary>Ids cannot contain '|', '{' or '}' (<c>Identifiers</c>), so the hash tag is unambiguous.</summary>
    private StackExchange.Redis.RedisKey Key(string tenant, string shopId) => redis.Keys.Key("{" + tenant + "|" + shopId + "}", "service-level");

    private static ShopServiceState Decode(byte[]? value) =>
        value is null ? ShopServiceState.Empty : JsonSerializer.Deserialize(value, ShopStateJson.Default.ShopServiceState) ?? ShopServiceState.Empty;
}
