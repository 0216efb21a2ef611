using System.Text.Json;

namespace ChatGuard.Classifiers.Training.Corpus;

/// <summary>
/// Reads corpus JSON lines <c>{"id","text","labels","role"?,"lang"?,"family"?}</c>. Missing role is
/// <see cref="SenderRole.Unknown"/>, missing family is "unknown" (the dev corpus has neither).
/// </summary>
public static class CorpusReader
{
    public static List<CorpusMessage> Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static List<CorpusMessage> Read(TextReader reader, string source)
    {
        var messages = new List<CorpusMessage>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!TryParse(line, out var message, out var problem))
                throw new InvalidDataException($"{source}:{lineNumber}: {problem}");
            messages.Add(message);
        }
        return messages;
    }

    /// <summary>One line; <paramref name="problem"/> says what is wrong with it (without echoing the text).</summary>
    public static bool TryParse(string line, out CorpusMessage message, out string? problem)
    {
        message = null!;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { problem = "expected a JSON object"; return false; }
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) { problem = "missing string field \"text\""; return false; }
            if (!root.TryGetProperty("labels", out var labels) || labels.ValueKind != JsonValueKind.Array) { problem = "missing array field \"labels\""; return false; }
            var role = SenderRole.Unknown;
            if (root.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String && !TryParseRole(r.GetString(), out role))
            {
                problem = "role must be buyer, agent or bot";
                return false;
            }
            message = new CorpusMessage(
                root.TryGetProperty("id", out var id) ? id.ToString() : "",
                text.GetString()!,
                [.. labels.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!)],
                role,
                root.TryGetProperty("lang", out var lang) && lang.ValueKind == JsonValueKind.String ? lang.GetString()! : "",
                root.TryGetProperty("family", out var family) && family.ValueKind == JsonValueKind.String ? family.GetString()! : "unknown");
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"invalid JSON at byte {e.BytePositionInLine}";
            return false;
        }
    }

    public static bool TryParseRole(string? value, out SenderRole role)
    {
        role = value?.ToLowerInvariant() switch
        {
            "buyer" => SenderRole.Buyer,
            "agent" => SenderRole.Agent,
            "bot" => SenderRole.Bot,
            null or "" => SenderRole.Unknown,
            _ => (SenderRole)(-1),
        };
        return Enum.IsDefined(role);
    }
}
