namespace ChatGuard.Gateway.Conversations;

/// <summary>A message as recorded, with the verdict that judged it (profile and version, S13).</summary>
public sealed record StoredMessage
{
    public required string Id { get; init; }
    public required string Tenant { get; init; }
    public required string ConversationId { get; init; }
    public required string ShopId { get; init; }
    public required string SenderId { get; init; }
    public required string SenderRole { get; init; }
    public required string ClientMessageId { get; init; }
    public required string Text { get; init; }
    /// <summary>What recipients see: the text, or the masked text; null when not delivered.</summary>
    public string? DeliveredText { get; init; }
    public required string Action { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    /// <summary>The full verdict (<c>ScanResult</c> JSON) for moderators.</summary>
    public required string VerdictJson { get; init; }
    public required string Profile { get; init; }
    public required string ProfileVersion { get; init; }
    public required DeliveryState State { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    /// <summary>The scanned images sent with the message (C1); recipients fetch each from the attachments endpoint.</summary>
    public IReadOnlyList<string> AttachmentIds { get; init; } = [];
    /// <summary>Store order within the whole store; assigned on insert.</summary>
    public long Sequence { get; init; }
}
