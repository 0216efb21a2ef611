using System.Security.Cryptography;
using System.Text;

namespace ChatGuard.Gateway.OrderContext;

/// <summary>
/// Made-up orders for the demo storefront: the same buyer and shop always get the same one or two orders from a small
/// linen catalogue, so the desk's order panel can be tried and tested without a platform.
/// </summary>
public sealed class DemoOrderContextProvider(TimeProvider clock) : IOrderContextProvider
{
    private static readonly (string Title, decimal Price)[] Catalogue =
    [
        ("水洗亚麻衬衫 白色 L", 199m), ("亚麻阔腿裤 燕麦色 M", 259m), ("亚麻床品四件套 1.8m", 899m), ("亚麻餐巾 4 条装", 79m),
    ];

    private static readonly string[] Statuses = ["paid", "shipped", "delivered", "refunding"];

    public string Source => "demo";

    public Task<IReadOnlyList<BuyerOrder>> OrdersAsync(string tenant, string shopId, string buyerId, CancellationToken ct)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes($"{tenant}|{shopId}|{buyerId}"));
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero); // stable within a day
        var orders = Enumerable.Range(0, 1 + seed[0] % 2).Select(i =>
        {
            var (title, price) = Catalogue[seed[1 + i] % Catalogue.Length];
            var quantity = 1 + seed[3 + i] % 2;
            return new BuyerOrder($"{Convert.ToHexString(seed, 5 + 4 * i, 4)}", Statuses[seed[13 + i] % Statuses.Length],
                today.AddDays(-(1 + 6 * i + seed[15 + i] % 5)).AddMinutes(9 * 60 + seed[17 + i]), "CNY", price * quantity, [new OrderItem(title, quantity, price)]);
        }).ToList();
        return Task.FromResult<IReadOnlyList<BuyerOrder>>(orders);
    }
}
