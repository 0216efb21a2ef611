using System.Text.Json;
using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Conversations;

/// <summary>
/// A stored message as one reader may see it, in history pages and in the live <c>message</c> event: the sender and
/// moderators see the original text and the full verdict; the other side sees only what was delivered to it.
/// </summary>
public sealed record MessageView(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("senderRole")] string SenderRole,
    [property: JsonPropertyName("senderId")] string SenderId,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("sentAt")] DateTimeOffset SentAt,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("attachmentIds")] IReadOnlyList<string> AttachmentIds,
    [property: JsonPropertyName("verdict"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Verdict)
{
    public static MessageView For(ChatIdentity reader, StoredMessage m) =>
        Of(m, privileged: reader.Role == Roles.Moderator || (reader.UserId == m.SenderId && reader.Role == m.SenderRole));

    /// <summary>The <c>message</c> event: what the recipients of a delivered message see.</summary>
    public static MessageView Delivered(StoredMessage m) => Of(m, privileged: false);

    private static MessageView Of(StoredMessage m, bool privileged)
    {
        return new MessageView(m.Id, m.ConversationId, m.Sequence, m.SenderRole, m.SenderId,
            privileged ? m.Text : m.DeliveredText, m.SentAt, m.State.ToString().ToLowerInvariant(), m.Action, m.Labels,
            // Issue 18 item 6: images follow their message; the other side learns of none it was not delivered.
            privileged || m.State == DeliveryState.Delivered ? m.AttachmentIds : [],
            privileged ? JsonSerializer.Deserialize<JsonElement>(m.VerdictJson) : null);
    }
}
