using System.Text.Json.Serialization;
using ChatGuard.Classifiers.Images;

namespace ChatGuard.Cli.Commands;

/// <summary>One output line of <c>chatguard scan-image</c> (DESIGN.md): the file's labels and codes, or why it could not be read.</summary>
internal sealed record ScanImageLine(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("labels"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Labels,
    [property: JsonPropertyName("codes"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ScanImageCode>? Codes,
    [property: JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error)
{
    public static ScanImageLine From(string file, ImageScanResult result) => result.IsReadable
        ? new(file, result.Labels, [.. result.Codes.Select(c => new ScanImageCode(c.Text, c.ContactDiversion))], null)
        : Failed(file, result.Error ?? "unreadable image");

    public static ScanImageLine Failed(string file, string error) => new(file, null, null, error);
}

internal sealed record ScanImageCode(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("contact_diversion")] bool ContactDiversion);
