using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>What the sender gets back once the message is stored: the id and the verdict.</summary>
public sealed record SendMessageResult(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("deliveredText")] string? DeliveredText,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("duplicate")] bool Duplicate);
