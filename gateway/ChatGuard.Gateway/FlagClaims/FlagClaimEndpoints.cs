using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>
/// Moderators claim the flag they work on: <c>POST /api/v1/flags/{id}/claim</c> (claims or renews; 409 with the
/// other moderator's claim when someone else holds it), <c>DELETE /api/v1/flags/{id}/claim</c>, and
/// <c>GET /api/v1/flag-claims</c> (the tenant's claims in force, for the queue). A decision on a flag another
/// moderator holds is refused (<see cref="ClaimedFlagGuard"/>).
/// </summary>
public static class FlagClaimEndpoints
{
    public static IEndpointRouteBuilder MapFlagClaims(this IEndpointRouteBuilder app)
    {
        var moderators = app.MapGroup("/api/v1").RequireAuthorization(p => p.RequireRole(Roles.Moderator));

        moderators.MapPost("/flags/{id}/claim", async (string id, HttpContext http, IFlagStore flags, IFlagClaimStore claims,
            IOptionsMonitor<FlagClaimOptions> options, TimeProvider clock, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (!Identifiers.IsValid(id) || await flags.GetAsync(who.Tenant, id, ct) is null) return Results.Problem("flag not found", statusCode: 404);
            var claim = await claims.ClaimAsync(who.Tenant, id, who.UserId, clock.GetUtcNow(), TimeSpan.FromMinutes(options.CurrentValue.ClaimMinutes), ct);
            return claim.ModeratorId == who.UserId ? Results.Ok(claim)
                : Results.Problem($"moderator {claim.ModeratorId} is working on this flag", statusCode: 409, extensions: new Dictionary<string, object?> { ["claim"] = claim });
        })
            .WithSummary("Claims (or renews the claim on) the flag the moderator works on; 409 while another moderator holds it")
            .Produces<FlagClaim>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderators.MapDelete("/flags/{id}/claim", async (string id, HttpContext http, IFlagClaimStore claims, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (Identifiers.IsValid(id)) await claims.ReleaseAsync(who.Tenant, id, who.UserId, ct);
            return Results.NoContent();
        })
            .WithSummary("Gives up the moderator's claim on the flag")
            .Produces(StatusCodes.Status204NoContent);

        moderators.MapGet("/flag-claims", async (HttpContext http, IFlagClaimStore claims, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(await claims.ListActiveAsync(ChatIdentity.From(http.User).Tenant, clock.GetUtcNow(), ct)))
            .WithSummary("The tenant's flag claims in force")
            .Produces<IReadOnlyList<FlagClaim>>();
        return app;
    }
}
