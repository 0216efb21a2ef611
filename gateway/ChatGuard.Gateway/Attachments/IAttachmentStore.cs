using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Attachments;

/// <summary>Uploaded images and their verdicts; committed before the upload is answered.</summary>
public interface IAttachmentStore
{
    Task AddAsync(StoredAttachment attachment, ReadOnlyMemory<byte> content, CancellationToken ct);

    Task<StoredAttachment?> GetAsync(string tenant, string attachmentId, CancellationToken ct);

    /// <summary>The image bytes as uploaded; null when unknown in this tenant.</summary>
    Task<byte[]?> GetContentAsync(string tenant, string attachmentId, CancellationToken ct);

    /// <summary>
    /// Moves an attachment from <paramref name="from"/> to <paramref name="to"/> (a moderator's decision);
    /// returns the updated record, or null when it was not in <paramref name="from"/>.
    /// </summary>
    Task<StoredAttachment?> TransitionAsync(string tenant, string attachmentId, DeliveryState from, DeliveryState to, CancellationToken ct);
}
