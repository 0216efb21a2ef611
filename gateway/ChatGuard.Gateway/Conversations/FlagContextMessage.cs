using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Conversations;

/// <summary>A message of the conversation shown with a flag (moderators see the original text).</summary>
public sealed record FlagContextMessage(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("senderRole")] string SenderRole,
    [property: JsonPropertyName("senderId")] string SenderId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("sentAt")] DateTimeOffset SentAt);
