using System.Text.Json;

namespace ChatGuard.Classifiers.Training.Data;

/// <summary>
/// Reads labeled texts for training and evaluation: COLD or Davidson CSV (<see cref="OffensiveCsvReader"/>), or
/// chat JSON lines in the corpus layout (<c>{"text": "...", "labels": [...]}</c>; offensive when the labels
/// include <c>abuse</c>), such as the hand-written shop talk in classifiers/models/data/.
/// </summary>
public static class LabeledFileReader
{
    public static List<LabeledText> Read(string path, DatasetRole role, double chatWeight = 1.0)
    {
        var source = Path.GetFileName(path);
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return [.. OffensiveCsvReader.Read(path, role).Select(e => e with { Source = source })];

        var examples = new List<LabeledText>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var text = doc.RootElement.GetProperty("text").GetString() ?? throw new InvalidDataException($"{source}:{lineNumber}: null text");
                var offensive = doc.RootElement.GetProperty("labels").EnumerateArray().Any(l => l.GetString() == "abuse");
                examples.Add(new LabeledText(text, offensive, source, chatWeight));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: {e.Message}", e);
            }
        }
        return examples;
    }
}
