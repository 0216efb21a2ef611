using System.Buffers;
using System.Text;
using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.QuickReplies;

/// <summary>
/// A shop's quick replies: <c>GET /api/v1/shops/{shopId}/quick-replies</c> (its agents and moderators),
/// <c>POST …</c> <c>{"text"}</c> and <c>DELETE …/{quickReplyId}</c> (its agents). A phrase is only put into the reply
/// box; sending it is moderated like any reply.
/// </summary>
public static partial class QuickReplyEndpoints
{
    public sealed record AddRequest([property: JsonPropertyName("text")] string? Text);

    public static IEndpointRouteBuilder MapQuickReplies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/shops/{shopId}/quick-replies").RequireAuthorization();

        group.MapGet("", async (string shopId, HttpContext http, IQuickReplyStore store, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            // S7: another shop's list looks like one that does not exist.
            if (!ShopAccess.CanRead(who, shopId)) return Results.Problem("shop not found", statusCode: 404);
            return Results.Ok(await store.ListAsync(who.Tenant, shopId, ct));
        })
            .WithSummary("The shop's quick replies, oldest first")
            .Produces<IReadOnlyList<QuickReply>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("", async (string shopId, AddRequest request, HttpContext http, IQuickReplyStore store, TimeProvider clock,
            ILogger<QuickReply> logger, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (!ShopAccess.IsAgentOf(who, shopId)) return Results.Problem("only the shop's agents manage its quick replies", statusCode: 403);
            var text = request.Text?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > QuickReply.MaxLength || !IsWellFormed(text))
                return Results.Problem($"text is required: 1 to {QuickReply.MaxLength} characters", statusCode: 400);
            var reply = new QuickReply("q_" + Guid.CreateVersion7().ToString("N"), shopId, text, who.UserId, clock.GetUtcNow());
            if (!await store.AddAsync(who.Tenant, reply, ct))
            {
                LogFull(logger, who.Tenant, shopId);
                return Results.Problem($"the shop already has {QuickReply.MaxPerShop} quick replies; remove one first", statusCode: 409);
            }
            return Results.Created($"/api/v1/shops/{shopId}/quick-replies/{reply.QuickReplyId}", reply);
        })
            .WithSummary("Adds a quick reply (the shop's agents)")
            .Produces<QuickReply>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{quickReplyId}", async (string shopId, string quickReplyId, HttpContext http, IQuickReplyStore store, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (!ShopAccess.IsAgentOf(who, shopId)) return Results.Problem("only the shop's agents manage its quick replies", statusCode: 403);
            if (!Identifiers.IsValid(quickReplyId) || !await store.RemoveAsync(who.Tenant, shopId, quickReplyId, ct))
                return Results.Problem("quick reply not found", statusCode: 404);
            return Results.NoContent();
        })
            .WithSummary("Removes a quick reply (the shop's agents)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>No lone surrogates: they cannot be stored as UTF-8 (PostgreSQL refuses them).</summary>
    private static bool IsWellFormed(string text)
    {
        for (var rest = text.AsSpan(); !rest.IsEmpty; )
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != OperationStatus.Done) return false;
            rest = rest[used..];
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quick reply refused for shop {Tenant}/{ShopId}: the list is full")]
    private static partial void LogFull(ILogger logger, string tenant, string shopId);
}
