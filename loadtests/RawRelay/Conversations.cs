using System.Collections.Concurrent;

namespace ChatGuard.LoadTests.RawRelay;

/// <summary>Conversation id → its shop and buyer, in memory: just enough to route a message.</summary>
public sealed class Conversations
{
    private readonly ConcurrentDictionary<string, Conversation> _byId = new();
    private readonly ConcurrentDictionary<(string Tenant, string Shop, string Buyer), Conversation> _byBuyer = new();

    public Conversation Start(string tenant, string shop, string buyer) =>
        _byBuyer.GetOrAdd((tenant, shop, buyer), key =>
        {
            var c = new Conversation("c_" + Guid.NewGuid().ToString("N"), key.Tenant, key.Shop, key.Buyer);
            _byId[c.Id] = c;
            return c;
        });

    public Conversation? Find(string id) => _byId.GetValueOrDefault(id);
}

public sealed record Conversation(string Id, string Tenant, string ShopId, string BuyerId);
