namespace ChatGuard.Gateway.OrderContext;

/// <summary>
/// The seam to a platform's order API (Doudian, Kuaishou, TikTok Shop…): the buyer's orders with a shop. None of those
/// APIs is reachable from this repository, so the gateway ships <see cref="DemoOrderContextProvider"/>; a deployment
/// registers its own implementation instead.
/// </summary>
public interface IOrderContextProvider
{
    /// <summary>Shown under the orders, so nobody takes demo data for real orders.</summary>
    string Source { get; }

    /// <summary>The buyer's orders with the shop, newest first.</summary>
    Task<IReadOnlyList<BuyerOrder>> OrdersAsync(string tenant, string shopId, string buyerId, CancellationToken ct);
}
