using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.OrderContext;

/// <summary><c>GET /api/v1/conversations/{id}/order-context</c>: the buyer's orders with the shop, for its agents and moderators.</summary>
public static class OrderContextEndpoints
{
    public static IEndpointRouteBuilder MapOrderContext(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/conversations/{id}/order-context", async (string id, HttpContext http, ConversationDirectory conversations,
            IOrderContextProvider provider, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            // S12: a buyer's orders are shown to the shop they bought from, not to other buyers or shops.
            var conversation = who.Role is Roles.Agent or Roles.Moderator ? await conversations.FindReadableAsync(who, id, ct) : null;
            if (conversation is null) return Results.Problem("conversation not found", statusCode: 404);
            var orders = await provider.OrdersAsync(conversation.Tenant, conversation.ShopId, conversation.BuyerId, ct);
            return Results.Ok(new OrderContextView(provider.Source, orders));
        }).RequireAuthorization()
            .WithSummary("The buyer's orders with the shop, beside the chat (the shop's agents, moderators)")
            .Produces<OrderContextView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
