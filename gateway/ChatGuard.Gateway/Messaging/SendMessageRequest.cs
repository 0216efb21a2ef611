using System.Text.Json;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging;

/// <summary>
/// The argument of the hub's <c>SendMessage</c>. The hub takes it as raw JSON and reads it here, so a wrong
/// shape (a number for the text, nested arrays, nulls) gets a reason naming the field instead of a protocol
/// error that would close the client's connection.
/// </summary>
public sealed record SendMessageRequest(string? ConversationId, string? ClientMessageId, string? Text, string[]? AttachmentIds)
{
    public const int MaxAttachments = 10;

    public static SendMessageRequest Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
            throw new MessageRejectedException("a message object {conversationId, clientMessageId, text} is required");
        return new SendMessageRequest(
            OptionalString(json, "conversationId"),
            OptionalString(json, "clientMessageId"),
            OptionalString(json, "text"),
            OptionalStrings(json, "attachmentIds"));
    }

    private static string? OptionalString(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new MessageRejectedException($"{name} must be a string");
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new MessageRejectedException($"{name} is not valid Unicode");
        }
    }

    private static string[]? OptionalStrings(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxAttachments
            || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            throw new MessageRejectedException($"{name} must be an array of at most {MaxAttachments} strings");
        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }
}
