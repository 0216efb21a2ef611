namespace ChatGuard.Gateway.Attachments;

/// <summary>An upload refused before anything is stored, with the HTTP status that says why (and when to retry, if it is worth it).</summary>
public sealed class AttachmentRejectedException(int statusCode, string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
