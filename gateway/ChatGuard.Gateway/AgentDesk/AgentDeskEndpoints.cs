using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.AgentDesk;

/// <summary>
/// The desk's team tools: <c>PUT /api/v1/shops/{shopId}/agents/me</c> <c>{"state"}</c> (the agent's reception state,
/// repeated by the desk every minute), <c>GET /api/v1/shops/{shopId}/agents</c>, <c>GET /api/v1/shops/{shopId}/assignments</c>
/// and <c>POST /api/v1/conversations/{id}/transfer</c> <c>{"agentId"}</c>.
/// </summary>
public static class AgentDeskEndpoints
{
    public sealed record PresenceRequest([property: JsonPropertyName("state")] string? State);

    public sealed record TransferRequest([property: JsonPropertyName("agentId")] string? AgentId);

    public static IEndpointRouteBuilder MapAgentDesk(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/v1/shops/{shopId}/agents/me", async (string shopId, PresenceRequest request, HttpContext http, IAgentDeskStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (!ShopAccess.IsAgentOf(who, shopId)) return Results.Problem("only the shop's agents set their state", statusCode: 403);
            if (!AgentPresence.IsKnown(request.State)) return Results.Problem("state must be online, busy or offline", statusCode: 400);
            var presence = new AgentPresence(who.UserId, request.State!, clock.GetUtcNow());
            await store.SetPresenceAsync(who.Tenant, shopId, presence, ct);
            return Results.Ok(presence);
        }).RequireAuthorization()
            .WithSummary("Sets the agent's reception state: online, busy or offline")
            .Produces<AgentPresence>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapGet("/api/v1/shops/{shopId}/agents", async (string shopId, HttpContext http, IAgentDeskStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (!ShopAccess.CanRead(who, shopId)) return Results.Problem("shop not found", statusCode: 404);
            var now = clock.GetUtcNow();
            return Results.Ok((await store.ListPresenceAsync(who.Tenant, shopId, ct)).Select(p => p.AsOf(now)));
        }).RequireAuthorization()
            .WithSummary("The shop's agents and their reception states")
            .Produces<IEnumerable<AgentPresence>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/shops/{shopId}/assignments", async (string shopId, HttpContext http, IAgentDeskStore store, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (!ShopAccess.CanRead(who, shopId)) return Results.Problem("shop not found", statusCode: 404);
            return Results.Ok(await store.ListAssignmentsAsync(who.Tenant, shopId, ct));
        }).RequireAuthorization()
            .WithSummary("Which agent each of the shop's conversations was handed to")
            .Produces<IReadOnlyList<ConversationAssignment>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/v1/conversations/{id}/transfer", async (string id, TransferRequest request, HttpContext http, ConversationTransfer transfer,
            CancellationToken ct) =>
        {
            var (assignment, status, refusal) = await transfer.TransferAsync(ChatIdentity.From(http.User), id, request.AgentId, ct);
            return assignment is not null ? Results.Ok(assignment) : Results.Problem(refusal, statusCode: status);
        }).RequireAuthorization()
            .WithSummary("Hands a conversation to another agent of the shop who is at their desk")
            .Produces<ConversationAssignment>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
