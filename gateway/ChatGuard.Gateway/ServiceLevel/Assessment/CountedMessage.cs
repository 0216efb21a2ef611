namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>The columns of a stored message the rebuild needs (never its text: figures are rebuilt without reading what was said).</summary>
public sealed record CountedMessage(string Id, string ConversationId, string SenderRole, bool Delivered, DateTimeOffset SentAt, string Profile);
