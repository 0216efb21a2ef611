using System.Globalization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Attachments;

/// <summary>
/// <c>POST /api/v1/conversations/{id}/attachments</c> (participants; the image as the raw body or as the file of a
/// multipart form) → <c>{"attachmentId", "labels", "codes", "action"}</c>; and <c>GET …/attachments/{attachmentId}</c>
/// for the image itself, to the other side once a delivered message carried it, to its uploader and to moderators always.
/// </summary>
public static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/conversations/{id}/attachments", async (string id, HttpContext http, AttachmentUploads attachments,
            ImageScanAdmission admission, IOptionsMonitor<AttachmentOptions> options, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            var limit = options.CurrentValue.MaxBytes;
            try
            {
                // Issue 18, item 2: a user's second concurrent upload is refused before its body is read.
                using var slot = admission.AdmitUser(who);
                var image = await ReadImageAsync(http.Request, limit, ct);
                return Results.Ok(await attachments.UploadAsync(who, id, image, ct));
            }
            catch (AttachmentRejectedException e)
            {
                if (e.RetryAfter is { } retry) http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return Results.Problem(e.Message, statusCode: e.StatusCode);
            }
        }).RequireAuthorization()
            .WithSummary("Uploads an image to a conversation; it is scanned for QR codes before it can be sent")
            .WithDescription("The body is the image itself (image/png, image/jpeg, image/gif, image/webp) or a multipart form with one image file.")
            // Routing refuses other declared types with 415; the type that counts is sniffed from the bytes (C10).
            .Accepts<IFormFile>("multipart/form-data", "application/octet-stream", "image/png", "image/jpeg", "image/gif", "image/webp")
            .Produces<AttachmentUploadResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapGet("/api/v1/conversations/{id}/attachments/{attachmentId}", async (string id, string attachmentId, HttpContext http,
            ConversationDirectory conversations, IAttachmentStore store, IChatStore chat, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            var conversation = await conversations.FindReadableAsync(who, id, ct);
            var attachment = conversation is null || !Identifiers.IsValid(attachmentId) ? null : await store.GetAsync(who.Tenant, attachmentId, ct);
            // The uploader and moderators always; the other side once a delivered message carried it (issue 18 item 6).
            var visible = attachment is not null && attachment.ConversationId == conversation!.Id
                && ((attachment.UploaderId == who.UserId && attachment.UploaderRole == who.Role) || who.Role == Roles.Moderator
                    || (attachment.State == DeliveryState.Delivered && await chat.IsAttachmentDeliveredAsync(who.Tenant, conversation.Id, attachment.Id, ct)));
            var content = visible ? await store.GetContentAsync(who.Tenant, attachmentId, ct) : null;
            if (content is null) return Results.Problem("attachment not found", statusCode: 404);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(content, attachment!.ContentType);
        }).RequireAuthorization()
            .WithSummary("An image of the conversation, to its participants and moderators, with its own image content type")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The raw body, or the first file of a multipart form; more than <paramref name="limit"/> bytes is refused (413).</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadImageAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        // A form carries a little framing around the file; the file itself is held to the limit below.
        var bodyLimit = limit + (request.HasFormContentType ? 64 * 1024 : 0);
        if (request.ContentLength > bodyLimit) throw TooLarge(limit);
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false }) sizeFeature.MaxRequestBodySize = bodyLimit;
        try
        {
            if (!request.HasFormContentType) return await ReadLimitedAsync(request.Body, limit, ct);
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.Count > 0 ? form.Files[0] : null;
            if (file is null) throw new AttachmentRejectedException(StatusCodes.Status400BadRequest, "the form has no file");
            if (file.Length > limit) throw TooLarge(limit);
            await using var stream = file.OpenReadStream();
            return await ReadLimitedAsync(stream, limit, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }
        catch (InvalidDataException e)
        {
            throw new AttachmentRejectedException(StatusCodes.Status400BadRequest, "malformed multipart form: " + e.Message);
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream body, long limit, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new AttachmentRejectedException(StatusCodes.Status400BadRequest, "the upload is empty");
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static AttachmentRejectedException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"the image is larger than {limit} bytes");
}
