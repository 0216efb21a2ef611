using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>
/// Sanctions for the tenant's moderators (list, lift) and a shop's violation record for its agents and the
/// moderators. Other tenants' and shops' records answer 404, like records that do not exist.
/// </summary>
public static class SanctionEndpoints
{
    /// <summary>Newest first; a user or shop rarely has more, and the console filters by user.</summary>
    public const int ListLimit = 500;

    public sealed record LiftRequest([property: JsonPropertyName("note")] string? Note);

    public sealed record SanctionList([property: JsonPropertyName("items")] IReadOnlyList<Sanction> Items);

    public sealed record ViolationRecord(
        [property: JsonPropertyName("shopId")] string ShopId,
        [property: JsonPropertyName("totalPoints")] int TotalPoints,
        [property: JsonPropertyName("pointsByType")] IReadOnlyDictionary<string, int> PointsByType,
        [property: JsonPropertyName("items")] IReadOnlyList<MerchantViolation> Items);

    public static IEndpointRouteBuilder MapSanctions(this IEndpointRouteBuilder app)
    {
        var moderators = app.MapGroup("/api/v1/sanctions").RequireAuthorization(p => p.RequireRole(Roles.Moderator));

        moderators.MapGet("", async (string? userId, string? shopId, bool? active, HttpContext http, ISanctionStore store, TimeProvider clock,
            CancellationToken ct) =>
        {
            if (userId is not null && !Identifiers.IsValid(userId)) return Results.Problem("userId is malformed", statusCode: 400);
            if (shopId is not null && !Identifiers.IsValid(shopId)) return Results.Problem("shopId is malformed", statusCode: 400);
            var who = ChatIdentity.From(http.User);
            return Results.Ok(new SanctionList(await store.ListAsync(who.Tenant, userId, shopId, active, clock.GetUtcNow(), ListLimit, ct)));
        })
            .WithSummary("Buyer sanctions of the tenant (moderators)")
            .Produces<SanctionList>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        moderators.MapPost("/{id}/lift", async (string id, LiftRequest? body, HttpContext http, ISanctionStore store, SanctionIssuer sanctions,
            IOptionsMonitor<FlagOptions> options, TimeProvider clock, CancellationToken ct) =>
        {
            var maxNote = options.CurrentValue.MaxNoteLength;
            if (body?.Note?.Length > maxNote) return Results.Problem($"note is too long: at most {maxNote} characters", statusCode: 400);
            var who = ChatIdentity.From(http.User);
            var (sanction, lifted) = await store.LiftAsync(who.Tenant, id, who, body?.Note, clock.GetUtcNow(), ct);
            if (sanction is null) return Results.Problem("sanction not found", statusCode: 404);
            if (lifted) await sanctions.NotifyAsync(sanction, ct);
            return Results.Ok(sanction);
        })
            .WithSummary("Lifts a sanction early, with a note (audited)")
            .Produces<Sanction>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/shops/{shopId}/violations", async (string shopId, HttpContext http, ISanctionStore store, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            var allowed = who.Role == Roles.Moderator || (who.Role == Roles.Agent && who.ShopId == shopId);
            if (!allowed || !Identifiers.IsValid(shopId)) return Results.Problem("shop not found", statusCode: 404);
            var items = await store.ListViolationsAsync(who.Tenant, shopId, ListLimit, ct);
            var byType = items.GroupBy(v => v.Type).ToDictionary(g => g.Key, g => g.Sum(v => v.Points));
            return Results.Ok(new ViolationRecord(shopId, items.Sum(v => v.Points), byType, items));
        }).RequireAuthorization()
            .WithSummary("A shop's violation points and their reasons (S11)")
            .Produces<ViolationRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
