using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Api;

/// <summary>
/// <c>GET /api/v1/shops/{shopId}/conversations</c>: the agent desk's list — the shop's conversations, unanswered
/// ones first with how long the buyer has waited (S1, S2), each with its last message as the reader may see it.
/// </summary>
public static class ShopConversationEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public sealed record Item(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("shopId")] string ShopId,
        [property: JsonPropertyName("buyerId")] string BuyerId,
        [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
        [property: JsonPropertyName("unanswered")] bool Unanswered,
        [property: JsonPropertyName("waitingSince")] DateTimeOffset? WaitingSince,
        [property: JsonPropertyName("waitingSeconds")] long? WaitingSeconds,
        [property: JsonPropertyName("lastMessage")] MessageView? LastMessage);

    public static IEndpointRouteBuilder MapShopConversationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/shops/{shopId}/conversations", async (string shopId, int? limit, HttpContext http,
            IChatStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (who.Role == Roles.Buyer) return Results.Problem("only the shop's agents and moderators list a shop's conversations", statusCode: 403);
            if (limit is < 1 or > MaxLimit) return Results.Problem($"limit must be between 1 and {MaxLimit}", statusCode: 400);
            // S7: staff see only their own shop; another shop looks like one that does not exist.
            if (!Identifiers.IsValid(shopId) || (who.IsShopStaff && who.ShopId != shopId))
                return Results.Problem("shop not found", statusCode: 404);
            var now = clock.GetUtcNow();
            var summaries = await store.ListShopConversationsAsync(who.Tenant, shopId, limit ?? DefaultLimit, ct);
            return Results.Ok(summaries.Select(s => new Item(s.Conversation.Id, s.Conversation.ShopId, s.Conversation.BuyerId,
                s.Conversation.CreatedAt, s.WaitingSince is not null, s.WaitingSince,
                s.WaitingSince is { } since ? (long)Math.Max(0, (now - since).TotalSeconds) : null,
                s.LastMessage is null ? null : MessageView.For(who, s.LastMessage))));
        }).RequireAuthorization()
            .WithSummary("A shop's conversations, unanswered first, with waiting time")
            .Produces<IEnumerable<Item>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
