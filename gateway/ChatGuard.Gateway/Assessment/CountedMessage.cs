using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Assessment;

/// <summary>The columns of a stored message the rebuild needs (never its text: figures are rebuilt without reading what was said).</summary>
public sealed record CountedMessage(string Id, string ConversationId, string SenderRole, DeliveryState State, DateTimeOffset SentAt, string Profile);
