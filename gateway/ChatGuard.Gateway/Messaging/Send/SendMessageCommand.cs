using System.Text;
using System.Text.Json;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Messaging.Send;

/// <summary>
/// The argument of the hub's <c>SendMessage</c> (the wire command). The hub takes it as raw JSON and reads it here, so a
/// wrong shape (a number for the text, nested arrays, nulls) gets a reason naming the field instead of a protocol
/// error that would close the client's connection; <see cref="Validate"/> then checks its values.
/// </summary>
public sealed record SendMessageCommand(string? ConversationId, string? ClientMessageId, string? Text, string[]? AttachmentIds)
{
    public const int MaxAttachments = 10;

    public static SendMessageCommand Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
            throw new MessageRejectedException("a message object {conversationId, clientMessageId, text} is required");
        return new SendMessageCommand(
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

    /// <summary>The command's values, or a refusal naming the first one that is missing or malformed.</summary>
    public static ValidSend Validate(SendMessageCommand? command, MessageOptions limits)
    {
        if (command is null) throw new MessageRejectedException("a message object {conversationId, clientMessageId, text} is required");
        if (!Identifiers.IsValid(command.ConversationId)) throw new MessageRejectedException("conversationId is missing or malformed");
        var clientId = command.ClientMessageId;
        if (string.IsNullOrWhiteSpace(clientId)) throw new MessageRejectedException("clientMessageId is required (it makes retries safe)");
        if (clientId.Length > limits.MaxClientMessageIdLength || !IsWellFormed(clientId) || clientId.Any(char.IsControl))
            throw new MessageRejectedException($"clientMessageId must be at most {limits.MaxClientMessageIdLength} printable characters");
        var attachments = command.AttachmentIds ?? [];
        var text = command.Text ?? "";
        if (string.IsNullOrWhiteSpace(text) && attachments.Length == 0) throw new MessageRejectedException("text is empty");
        if (text.Length > limits.MaxLength)
            throw new MessageRejectedException($"text is too long: {text.Length} characters, at most {limits.MaxLength}");
        if (!IsWellFormed(text)) throw new MessageRejectedException("text is not valid Unicode (it contains a lone surrogate)");
        return new ValidSend(command.ConversationId!, clientId, text, attachments);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A lone surrogate cannot be stored or relayed as UTF-8; the strict encoder finds it.</summary>
    private static bool IsWellFormed(string s)
    {
        try
        {
            StrictUtf8.GetByteCount(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}

/// <summary>A command whose values passed <see cref="SendMessageCommand.Validate"/>.</summary>
public readonly record struct ValidSend(string ConversationId, string ClientMessageId, string Text, string[] AttachmentIds);
