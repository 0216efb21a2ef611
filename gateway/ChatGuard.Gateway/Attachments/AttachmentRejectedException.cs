namespace ChatGuard.Gateway.Attachments;

/// <summary>An upload refused before anything is stored, with the HTTP status that says why.</summary>
public sealed class AttachmentRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
