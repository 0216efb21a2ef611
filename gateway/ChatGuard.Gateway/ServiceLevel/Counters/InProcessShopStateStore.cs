using System.Collections.Concurrent;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// The embedded default (no <c>ChatGuard:Redis:Configuration</c>): each shop's state in this process's memory,
/// changed under the shop's lock. Single node only; lost on restart (the assessment rebuild restores S2 figures from
/// the stored messages). Memory grows with shops and their waiting conversations.
/// </summary>
public sealed class InProcessShopStateStore : IShopStateStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Shop), Holder> _shops = new();

    public string Backend => "in-process";

    public Task<ShopServiceState> ReadAsync(string tenant, string shopId, CancellationToken ct) =>
        Task.FromResult(_shops.TryGetValue((tenant, shopId), out var holder) ? holder.State : ShopServiceState.Empty);

    public Task<T> ChangeAsync<T>(string tenant, string shopId, Func<ShopServiceState, (ShopServiceState State, T Outcome)> change, CancellationToken ct)
    {
        var holder = _shops.GetOrAdd((tenant, shopId), _ => new Holder());
        lock (holder)
        {
            var (state, outcome) = change(holder.State);
            holder.State = state;
            return Task.FromResult(outcome);
        }
    }

    /// <summary>Readers take the reference without the lock: the state is immutable, so they see one whole version.</summary>
    private sealed class Holder
    {
        public volatile ShopServiceState State = ShopServiceState.Empty;
    }
}
