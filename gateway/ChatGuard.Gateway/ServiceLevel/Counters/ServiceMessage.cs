namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>A stored message as the service-level rules see it: who sent it, when, whether it reached the other side, and (for the bot's FAQ) its text.</summary>
public sealed record ServiceMessage(
    string Tenant,
    string ShopId,
    string Id,
    string ConversationId,
    string SenderRole,
    bool Delivered,
    DateTimeOffset SentAt,
    string Profile,
    string Text);
