using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Attachments;

/// <summary>
/// An uploaded image as recorded, with the scan's verdict. <see cref="State"/> says whether it may be sent:
/// delivered (clean), held (waiting for a moderator) or blocked (C1 QR codes by profile, C10).
/// </summary>
public sealed record StoredAttachment
{
    public required string Id { get; init; }
    public required string Tenant { get; init; }
    public required string ConversationId { get; init; }
    public required string ShopId { get; init; }
    public required string UploaderId { get; init; }
    public required string UploaderRole { get; init; }
    /// <summary>The sniffed type (image/png, image/jpeg, image/webp, image/gif), never the client's claim.</summary>
    public required string ContentType { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required long Size { get; init; }
    public required string Action { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    /// <summary>The upload answer's JSON (labels, decoded codes, action) for moderators.</summary>
    public required string VerdictJson { get; init; }
    public required string Profile { get; init; }
    public required string ProfileVersion { get; init; }
    public required DeliveryState State { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
