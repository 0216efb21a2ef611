using System.Collections.Concurrent;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// What this node could not count while Redis was unavailable: per shop, how many updates were missed and since when.
/// The catch-up rebuilds those shops from the stored messages once Redis answers again; until then the shop's
/// assessment is reported incomplete. Kept in memory: a node that dies during an outage loses this list (a rebuild
/// from the endpoint recovers the figures).
/// </summary>
public sealed class CounterGaps
{
    private readonly ConcurrentDictionary<(string Tenant, string Shop), Gap> _gaps = new();

    public sealed record Gap(DateTimeOffset Since, long Missed);

    /// <summary>Returns true for the first miss of this shop in the current outage (log once, not per message).</summary>
    public bool Record(string tenant, string shopId, DateTimeOffset at)
    {
        var first = false;
        _gaps.AddOrUpdate((tenant, shopId), _ =>
        {
            first = true;
            return new Gap(at, 1);
        }, (_, g) => new Gap(g.Since < at ? g.Since : at, g.Missed + 1));
        return first;
    }

    public Gap? For(string tenant, string shopId) => _gaps.GetValueOrDefault((tenant, shopId));

    public IReadOnlyList<(string Tenant, string ShopId, Gap Gap)> Snapshot() =>
        [.. _gaps.Select(kv => (kv.Key.Tenant, kv.Key.Shop, kv.Value))];

    /// <summary>Clears a shop's gap once it was rebuilt, unless more misses arrived meanwhile.</summary>
    public void Resolve(string tenant, string shopId, Gap rebuilt) =>
        _gaps.TryRemove(new KeyValuePair<(string, string), Gap>((tenant, shopId), rebuilt));
}
