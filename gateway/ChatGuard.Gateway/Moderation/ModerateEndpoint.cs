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

    public sealed record Request(
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("profile")] string? Profile);

    public static IEndpointRouteBuilder MapModerateApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/moderate", (Request? body, HttpContext http, IModerationPipeline pipeline, IOptionsMonitor<TenancyOptions> tenancy) =>
        {
            var who = ChatIdentity.From(http.User);
            if (body?.Text is null) return Results.Problem("a JSON body {\"text\": \"...\", \"profile\"?: \"...\"} is required", statusCode: 400);
            if (body.Text.Length > MaxTextLength) return Results.Problem($"text is too long: at most {MaxTextLength} characters", statusCode: 400);
            var profile = body.Profile ?? tenancy.CurrentValue.ProfileFor(who.Tenant);
            if (!pipeline.Profiles.Contains(profile))
                return Results.Problem($"unknown profile '{profile}' (known: {string.Join(", ", pipeline.Profiles)})", statusCode: 400);
            return Results.Json(ScanResult.From(pipeline.Scan(body.Text, profile)), ScanResult.JsonOptions);
        }).RequireAuthorization()
            .WithSummary("Scans a text without sending it: the same JSON as one line of chatguard scan")
            .Produces<ScanResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
