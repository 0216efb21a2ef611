using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Redis;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// <c>GET /api/v1/shops/{shopId}/assessment?period=YYYY-MM-1|2</c> and <c>POST .../assessment/rebuild?period=...</c>
/// (recomputes the period from the stored messages and overwrites the counters): the shop's agents and the tenant's
/// moderators. Anyone else gets 404, as for a shop that does not exist.
/// </summary>
public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/shops/{shopId}/assessment", (string shopId, string? period, HttpContext http, ShopAssessment assessment, CancellationToken ct) =>
            ReportAsync(shopId, period, rebuild: false, http, assessment, ct)).RequireAuthorization()
            .WithSummary("The shop's S2–S4 service figures for a half-month period, with pass/fail per its profile")
            .Produces<AssessmentReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapPost("/api/v1/shops/{shopId}/assessment/rebuild", (string shopId, string? period, HttpContext http, ShopAssessment assessment, CancellationToken ct) =>
            ReportAsync(shopId, period, rebuild: true, http, assessment, ct)).RequireAuthorization()
            .WithSummary("Recomputes the period's figures from the stored messages")
            .Produces<AssessmentReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> ReportAsync(string shopId, string? period, bool rebuild, HttpContext http, ShopAssessment assessment, CancellationToken ct)
    {
        var who = ChatIdentity.From(http.User);
        var allowed = who.Role == Roles.Moderator || (who.Role == Roles.Agent && who.ShopId == shopId);
        if (!allowed || !Identifiers.IsValid(shopId)) return Results.Problem("shop not found", statusCode: 404);
        if (!AssessmentPeriod.TryParse(period, out var p)) return Results.Problem("period must be YYYY-MM-1 or YYYY-MM-2", statusCode: 400);
        try
        {
            return Results.Ok(await assessment.ReportAsync(who.Tenant, shopId, p, rebuild, ct));
        }
        catch (RedisUnavailableException)
        {
            return Results.Problem("counters are unavailable (Redis); try again later", statusCode: 503);
        }
    }
}
