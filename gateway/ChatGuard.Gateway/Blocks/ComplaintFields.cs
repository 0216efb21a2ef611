using System.Text.Json;
using ChatGuard.Gateway.Security;

namespace ChatGuard.Gateway.Blocks;

/// <summary>
/// Reads the fields of a block or report request given to the hub as raw JSON: a wrong shape gets a refusal naming
/// the field instead of a protocol error that would close the agent's connection.
/// </summary>
public static class ComplaintFields
{
    public static JsonElement Object(JsonElement json, string shape) =>
        json.ValueKind == JsonValueKind.Object ? json : throw new MessageRejectedException($"a request object {shape} is required");

    public static string? String(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new MessageRejectedException($"{name} must be a string");
        return value.GetString();
    }

    public static string[] Strings(JsonElement json, string name, int max)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() is 0
            || value.GetArrayLength() > max || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            throw new MessageRejectedException($"{name} must be an array of 1 to {max} strings");
        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }

    /// <summary>A reason from <see cref="ComplaintReasons"/> and an optional note of bounded length.</summary>
    public static (string Reason, string? Note) ReasonAndNote(JsonElement json, int maxNote)
    {
        var reason = String(json, "reason");
        if (!ComplaintReasons.IsKnown(reason))
            throw new MessageRejectedException($"reason is required: one of {string.Join(", ", ComplaintReasons.All)}");
        var note = String(json, "note");
        if (note?.Length > maxNote) throw new MessageRejectedException($"note is too long: at most {maxNote} characters");
        return (reason!, note);
    }
}
