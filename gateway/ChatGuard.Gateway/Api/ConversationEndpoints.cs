using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Api;

/// <summary><c>GET /api/v1/conversations/{id}/messages</c>: history for participants and moderators, oldest first.</summary>
public static class ConversationEndpoints
{
    public static IEndpointRouteBuilder MapConversationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/conversations/{id}/messages", async (string id, long? after, int? limit, HttpContext http,
            ConversationDirectory conversations, IChatStore store, IOptionsMonitor<MessageOptions> limits, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            var max = limits.CurrentValue.HistoryPageSize;
            if (after is < 0) return Results.Problem("after must be a sequence number ≥ 0", statusCode: 400);
            if (limit is < 1 || limit > max) return Results.Problem($"limit must be between 1 and {max}", statusCode: 400);
            // Not found and not allowed look the same, so ids of other shops' conversations cannot be probed.
            var conversation = await conversations.FindReadableAsync(who, id, ct);
            if (conversation is null) return Results.Problem("conversation not found", statusCode: 404);
            var messages = await store.ListMessagesAsync(who.Tenant, conversation.Id, after ?? 0, limit ?? max, ct);
            return Results.Ok(messages.Select(m => MessageView.For(who, m)));
        }).RequireAuthorization()
            .WithSummary("A conversation's stored messages, oldest first, each with its sequence and verdict")
            .WithDescription("Participants and the tenant's moderators. The other side sees only what was delivered to it. Page with after=the last sequence seen.")
            .Produces<IEnumerable<MessageView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
