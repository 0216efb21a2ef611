namespace ChatGuard.Gateway.Conversations;

/// <summary>A buyer's chat with one shop; the shop's agents (and its bot) all take part.</summary>
public sealed record Conversation(string Id, string Tenant, string ShopId, string BuyerId, DateTimeOffset CreatedAt);
