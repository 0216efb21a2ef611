using System.Text.Json.Serialization;
using ChatGuard.Classifiers;
using ChatGuard.Classifiers.Verdicts;
using ChatGuard.Gateway.Accounts;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Moderation;

/// <summary><c>POST /api/v1/moderate</c>: scan a text without sending it; the same JSON as a line of <c>chatguard scan</c>.</summary>
public static class ModerateEndpoint
{
    /// <summary>Larger than a chat message on purpose (checking a product description), but bounded.</summary>
    public const int MaxTextLength = 20_000;

    /// <param name="Role">Who would send it (<c>buyer</c>, <c>agent</c>, <c>bot</c>); unsaid, the pipeline reads what it can from the text.</param>
    public sealed record Request(
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("profile")] string? Profile,
        [property: JsonPropertyName("role")] string? Role = null);

    public static IEndpointRouteBuilder MapModerateApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/moderate", (Request? body, HttpContext http, IModerationPipeline pipeline, IOptionsMonitor<TenancyOptions> tenancy) =>
        {
            var who = ChatIdentity.From(http.User);
            if (body?.Text is null) return Results.Problem("a JSON body {\"text\": \"...\", \"profile\"?: \"...\", \"role\"?: \"buyer|agent|bot\"} is required", statusCode: 400);
            if (body.Text.Length > MaxTextLength) return Results.Problem($"text is too long: at most {MaxTextLength} characters", statusCode: 400);
            var profile = body.Profile ?? tenancy.CurrentValue.ProfileFor(who.Tenant);
            if (!pipeline.Profiles.Contains(profile))
                return Results.Problem($"unknown profile '{profile}' (known: {string.Join(", ", pipeline.Profiles)})", statusCode: 400);
            var role = SenderRole.Unknown;
            if (body.Role is not null && !SenderRoleNames.TryParse(body.Role, out role))
                return Results.Problem("role must be buyer, agent or bot", statusCode: 400);
            // Issue 16: the sender's role is an input; C5–C8 are a shop's conduct, not a buyer's question about it.
            return Results.Json(ScanResult.From(pipeline.Scan(pipeline.Normalize(body.Text), new ScanOptions(profile, role))), ScanResult.JsonOptions);
        }).RequireAuthorization()
            .WithSummary("Scans a text without sending it: the same JSON as one line of chatguard scan")
            .Produces<ScanResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
