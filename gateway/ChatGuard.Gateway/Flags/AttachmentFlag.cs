namespace ChatGuard.Gateway.Flags;

/// <summary>
/// What the attachment scan (C1 QR codes, C10 file types) knows about a flagged attachment; handed to
/// <see cref="FlagRaiser.RaiseForAttachmentAsync"/>. <paramref name="Description"/> is shown to moderators in place
/// of a text (e.g. the decoded QR content); <paramref name="MessageId"/> is null for an upload not sent yet.
/// </summary>
public sealed record AttachmentFlag(
    string Tenant,
    string ShopId,
    string ConversationId,
    string? MessageId,
    string AttachmentId,
    string SenderRole,
    string SenderId,
    string Action,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Rules,
    string Description,
    string Profile,
    string ProfileVersion);
