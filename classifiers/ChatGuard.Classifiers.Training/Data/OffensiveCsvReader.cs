using System.Net;
using Microsoft.VisualBasic.FileIO;

namespace ChatGuard.Classifiers.Training.Data;

/// <summary>
/// Reads the two offensive-language datasets of shared/data, telling them apart by their header:
/// COLD (<c>,split,topic,label,[fine-grained-label,]TEXT</c>, UTF-8 with BOM) and
/// Davidson (<c>,count,hate_speech,offensive_language,neither,class,tweet</c>, HTML entities, newlines in quotes).
/// The BCL's <see cref="TextFieldParser"/> handles the quoting; no CSV package is needed.
/// </summary>
public static class OffensiveCsvReader
{
    public static List<LabeledText> Read(string path, DatasetRole role)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, role);
    }

    public static List<LabeledText> Read(TextReader reader, DatasetRole role)
    {
        using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException("empty file");
        var text = Array.FindIndex(header, h => h is "TEXT" or "tweet");
        var label = Array.IndexOf(header, "label");
        var davidsonClass = Array.IndexOf(header, "class");
        if (text < 0 || (label < 0 && davidsonClass < 0))
            throw new InvalidDataException("expected the COLD (label, TEXT) or Davidson (class, tweet) columns");

        var examples = new List<LabeledText>();
        while (parser.ReadFields() is { } fields)
        {
            var line = parser.LineNumber;
            if (fields.Length != header.Length) throw new InvalidDataException($"line {line}: {fields.Length} fields, expected {header.Length}");
            if (label >= 0)
            {
                examples.Add(new LabeledText(fields[text], fields[label] == "1"));
                continue;
            }
            if (!int.TryParse(fields[0], out var index) || !int.TryParse(fields[davidsonClass], out var cls))
                throw new InvalidDataException($"line {line}: bad index or class");
            if (RoleOf(index) != role) continue;
            // Davidson: class 0 (hate speech) and 1 (offensive) are offensive, 2 (neither) is not.
            examples.Add(new LabeledText(WebUtility.HtmlDecode(fields[text]), cls != 2));
        }
        return examples;
    }

    private static DatasetRole RoleOf(int index) => (index % 10) switch
    {
        0 => DatasetRole.Test,
        1 => DatasetRole.Dev,
        _ => DatasetRole.Train,
    };
}
