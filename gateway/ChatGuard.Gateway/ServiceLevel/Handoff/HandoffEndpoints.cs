using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// <c>GET /api/v1/shops/{shopId}/handoff</c> → <c>{shopId, active}</c>: S1, whether the bot holds the shop's reception
/// now. A desk opened during a handoff reads it at once; changes after that arrive as <c>botHandoff</c> events.
/// </summary>
public static class HandoffEndpoints
{
    public static IEndpointRouteBuilder MapHandoffApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/shops/{shopId}/handoff", async (string shopId, HttpContext http, ServiceCounters counters, TimeProvider clock, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (who.Role == Roles.Buyer) return Results.Problem("only the shop's agents and moderators read its reception state", statusCode: 403);
            // S7: staff see only their own shop.
            if (!Identifiers.IsValid(shopId) || (who.IsShopStaff && who.ShopId != shopId))
                return Results.Problem("shop not found", statusCode: 404);
            try
            {
                return Results.Ok(new BotHandoffEvent(shopId, await counters.IsHandoffActiveAsync(who.Tenant, shopId, clock.GetUtcNow(), ct)));
            }
            catch (RedisUnavailableException)
            {
                return Results.Problem("the reception state is unavailable right now", statusCode: 503);
            }
        }).RequireAuthorization()
            .WithSummary("S1: whether the bot holds the shop's reception now")
            .Produces<BotHandoffEvent>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
