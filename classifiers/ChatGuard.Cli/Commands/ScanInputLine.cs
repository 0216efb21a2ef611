using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ChatGuard.Classifiers;

namespace ChatGuard.Cli.Commands;

/// <summary>
/// Reads one input line <c>{"id": "...", "text": "...", "role": "buyer|agent|bot"}</c> (<c>role</c> optional); extra
/// fields are ignored.
/// </summary>
internal static class ScanInputLine
{
    public static bool TryParse(string line, out string id, [NotNullWhen(true)] out string? text, out SenderRole role, [NotNullWhen(false)] out string? problem)
    {
        id = "";
        text = null;
        role = SenderRole.Unknown;
        try
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object) { problem = "expected a JSON object"; return false; }
            if (doc.RootElement.TryGetProperty("id", out var idElement))
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString()!,
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => "",
                };
            if (!doc.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = "missing string field \"text\"";
                return false;
            }
            if (doc.RootElement.TryGetProperty("role", out var roleElement) && roleElement.ValueKind != JsonValueKind.Null
                && !SenderRoleNames.TryParse(roleElement.ValueKind == JsonValueKind.String ? roleElement.GetString() : null, out role))
            {
                problem = "field \"role\" must be \"buyer\", \"agent\" or \"bot\"";
                return false;
            }
            text = textElement.GetString()!;
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"invalid JSON: {e.Message}";
            return false;
        }
    }
}
