using System.Text.Json;
using System.Text.Json.Serialization;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.Moderation;

/// <summary>The <c>flag</c> event moderators receive for every message whose verdict is not allow.</summary>
public sealed record FlagEvent(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("shopId")] string ShopId,
    [property: JsonPropertyName("senderRole")] string SenderRole,
    [property: JsonPropertyName("senderId")] string SenderId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("verdict")] JsonElement Verdict,
    [property: JsonPropertyName("sentAt")] DateTimeOffset SentAt)
{
    public static FlagEvent From(StoredMessage m) => new(m.Id, m.ConversationId, m.ShopId, m.SenderRole, m.SenderId, m.Text,
        m.Action, m.Labels, JsonSerializer.Deserialize<JsonElement>(m.VerdictJson), m.SentAt);
}
