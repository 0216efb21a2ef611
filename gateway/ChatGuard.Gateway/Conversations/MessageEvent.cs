using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Conversations;

/// <summary>The <c>message</c> event a recipient receives (DESIGN.md's service contract).</summary>
public sealed record MessageEvent(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("senderRole")] string SenderRole,
    [property: JsonPropertyName("senderId")] string SenderId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sentAt")] DateTimeOffset SentAt,
    // Images sent with the message, fetched from GET /api/v1/conversations/{conversationId}/attachments/{id}.
    [property: JsonPropertyName("attachmentIds")] IReadOnlyList<string> AttachmentIds)
{
    public static MessageEvent From(StoredMessage m) =>
        new(m.Id, m.ConversationId, m.SenderRole, m.SenderId, m.DeliveredText ?? "", m.SentAt, m.AttachmentIds);
}
