using System.Text.Json;
using ChatGuard.Classifiers.Images;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Attachments;

/// <summary>
/// An upload, in the order of the message flow: authorize → sniff and check limits → scan (C1 QR codes, C10 types)
/// → store with its verdict (before answering) → flag for moderators when it is not clean.
/// </summary>
public sealed partial class AttachmentUploads(
    ConversationDirectory conversations,
    IImageScanner scanner,
    ImageScanAdmission admission,
    IAttachmentStore store,
    FlagRaiser flags,
    IOptionsMonitor<TenancyOptions> tenancy,
    TimeProvider clock,
    ILogger<AttachmentUploads> logger)
{
    public async Task<AttachmentUploadResult> UploadAsync(ChatIdentity who, string conversationId, ReadOnlyMemory<byte> image, CancellationToken ct)
    {
        // Not found and not allowed look the same, so ids of other shops' conversations cannot be probed.
        var conversation = await conversations.FindReadableAsync(who, conversationId, ct);
        if (conversation is null) throw new AttachmentRejectedException(StatusCodes.Status404NotFound, "conversation not found");
        if (!ConversationAccess.CanPost(who, conversation))
            throw new AttachmentRejectedException(StatusCodes.Status403Forbidden, "moderators cannot post into conversations");

        var profile = tenancy.CurrentValue.ProfileFor(who.Tenant);
        var scan = await admission.ScanAsync(() => scanner.Scan(image.Span, profile, ct), ct);
        if (!scan.IsReadable)
            throw new AttachmentRejectedException(scan.Rejection switch
            {
                ImageRejection.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
                ImageRejection.TooLarge => StatusCodes.Status413PayloadTooLarge,
                _ => StatusCodes.Status422UnprocessableEntity,
            }, scan.Error ?? "unreadable image");

        var codes = AttachmentUploadResult.CodesOf(scan);
        var attachment = new StoredAttachment
        {
            Id = "a_" + Guid.CreateVersion7().ToString("N"),
            Tenant = who.Tenant,
            ConversationId = conversation.Id,
            ShopId = conversation.ShopId,
            UploaderId = who.UserId,
            UploaderRole = who.Role,
            ContentType = ContentTypeOf(scan.Format!.Value),
            Width = scan.Width,
            Height = scan.Height,
            Size = image.Length,
            Action = scan.Action.ToWire(),
            Labels = scan.Labels,
            VerdictJson = JsonSerializer.Serialize(new { labels = scan.Labels, codes, action = scan.Action.ToWire(), timedOut = scan.TimedOut },
                ScanResult.JsonOptions),
            Profile = scan.Profile,
            ProfileVersion = scan.ProfileVersion,
            // An image cannot be masked: anything short of allow waits for a moderator or is refused.
            State = scan.Action switch
            {
                ModerationAction.Allow => DeliveryState.Delivered,
                ModerationAction.Block => DeliveryState.Blocked,
                _ => DeliveryState.Held,
            },
            CreatedAt = clock.GetUtcNow(),
        };
        await store.AddAsync(attachment, image, ct);
        LogStored(attachment.Id, conversation.Id, who.Role, attachment.Action, string.Join(',', attachment.Labels));

        if (attachment.State != DeliveryState.Delivered)
        {
            await flags.RaiseForAttachmentAsync(new AttachmentFlag(
                who.Tenant, conversation.ShopId, conversation.Id, null, attachment.Id, who.Role, who.UserId, attachment.Action,
                attachment.Labels, scan.Labels.Count > 0 ? ["C1"] : ["C10"],
                scan.Codes.Count > 0 ? string.Join("\n", scan.Codes.Select(c => c.Text)) : "image scan did not finish in time",
                attachment.Profile, attachment.ProfileVersion), ct);
        }
        return new AttachmentUploadResult(attachment.Id, attachment.Labels, codes, attachment.Action, attachment.ContentType,
            attachment.Width, attachment.Height);
    }

    public static string ContentTypeOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Gif => "image/gif",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    // S12: ids, role, action and labels only — never the decoded text.
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored attachment {AttachmentId} in {ConversationId} from {Role}: {Action} [{Labels}]")]
    private partial void LogStored(string attachmentId, string conversationId, string role, string action, string labels);
}
