using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Blocks;

/// <summary>
/// S6's review: moderators see every block of the tenant, agents their own shop's; an agent of the shop or a
/// moderator can lift one (audited). Blocks of other shops or tenants answer 404.
/// </summary>
public static class BlockEndpoints
{
    public const int ListLimit = 500;

    public sealed record LiftRequest([property: JsonPropertyName("note")] string? Note);

    public sealed record BlockList([property: JsonPropertyName("items")] IReadOnlyList<Block> Items);

    private static bool MaySee(ChatIdentity who, string shopId) =>
        who.Role == Roles.Moderator || (who.Role == Roles.Agent && who.ShopId == shopId);

    public static IEndpointRouteBuilder MapBlocks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/blocks").RequireAuthorization(p => p.RequireRole(Roles.Moderator, Roles.Agent));

        group.MapGet("", async (string? shopId, bool? active, HttpContext http, IBlockStore blocks, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (shopId is not null && !Identifiers.IsValid(shopId)) return Results.Problem("shopId is malformed", statusCode: 400);
            // Agents see their own shop's blocks whatever they ask for.
            var shop = who.Role == Roles.Agent ? who.ShopId : shopId;
            if (who.Role == Roles.Agent && shopId is not null && shopId != who.ShopId) return Results.Problem("shop not found", statusCode: 404);
            return Results.Ok(new BlockList(await blocks.ListAsync(who.Tenant, shop, active, ListLimit, ct)));
        })
            .WithSummary("Buyers blocked by shops (S6): a shop's agents see their shop's, moderators the tenant's")
            .Produces<BlockList>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/lift", async (string id, LiftRequest? body, HttpContext http, IBlockStore blocks, IOptionsMonitor<FlagOptions> options,
            TimeProvider clock, CancellationToken ct) =>
        {
            var maxNote = options.CurrentValue.MaxNoteLength;
            if (body?.Note?.Length > maxNote) return Results.Problem($"note is too long: at most {maxNote} characters", statusCode: 400);
            var who = ChatIdentity.From(http.User);
            var block = await blocks.GetAsync(who.Tenant, id, ct);
            if (block is null || !MaySee(who, block.ShopId)) return Results.Problem("block not found", statusCode: 404);
            var (current, _) = await blocks.LiftAsync(who.Tenant, id, who, body?.Note, clock.GetUtcNow(), ct);
            return Results.Ok(current);
        })
            .WithSummary("Lifts a block, with a note")
            .Produces<Block>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
