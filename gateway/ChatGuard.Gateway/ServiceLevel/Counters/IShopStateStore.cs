namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// Where each shop's <see cref="ShopServiceState"/> lives: <see cref="InProcessShopStateStore"/> (the embedded
/// single-node default) or <see cref="RedisShopStateStore"/> (shared by every gateway node). The stores keep state;
/// the rules are the state's own.
/// </summary>
public interface IShopStateStore
{
    /// <summary>"redis" or "in-process", for reports.</summary>
    string Backend { get; }

    Task<ShopServiceState> ReadAsync(string tenant, string shopId, CancellationToken ct);

    /// <summary>
    /// Replaces the shop's state with what <paramref name="change"/> makes of it, atomically per shop. Where other nodes
    /// change the same shop, <paramref name="change"/> may run again on the newer state, so it must be pure.
    /// </summary>
    Task<T> ChangeAsync<T>(string tenant, string shopId, Func<ShopServiceState, (ShopServiceState State, T Outcome)> change, CancellationToken ct);
}
