using System.Text.Json.Serialization;
using ChatGuard.Classifiers.Images;

namespace ChatGuard.Gateway.Attachments;

/// <summary>The answer to an upload (issue #5): the id to send with, and the scan's verdict.</summary>
public sealed record AttachmentUploadResult(
    [property: JsonPropertyName("attachmentId")] string AttachmentId,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("codes")] IReadOnlyList<AttachmentCode> Codes,
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height)
{
    public static IReadOnlyList<AttachmentCode> CodesOf(ImageScanResult scan) =>
        [.. scan.Codes.Select(c => new AttachmentCode(c.Text, c.ContactDiversion))];
}

/// <summary>One decoded QR code, as <c>chatguard scan-image</c> reports it.</summary>
public sealed record AttachmentCode(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("contact_diversion")] bool ContactDiversion);
