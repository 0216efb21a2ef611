using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.Accounts;

/// <summary><c>POST /dev/token</c>: a bearer token for any identity, mapped only in the Development environment.</summary>
public static class DevTokenEndpoint
{
    public sealed record Request(
        [property: JsonPropertyName("tenant")] string? Tenant,
        [property: JsonPropertyName("shopId")] string? ShopId,
        [property: JsonPropertyName("userId")] string? UserId,
        [property: JsonPropertyName("role")] string? Role);

    public sealed record Response([property: JsonPropertyName("token")] string Token);

    public static IEndpointRouteBuilder MapDevToken(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/token", (Request? body, TokenIssuer issuer) =>
        {
            if (body is null) return Results.Problem("a JSON body {tenant, shopId, userId, role} is required", statusCode: 400);
            var errors = new Dictionary<string, string[]>();
            if (!Identifiers.IsValid(body.Tenant)) errors["tenant"] = ["required: 1-64 letters, digits, '_', '.', '@', '-'"];
            if (!Identifiers.IsValid(body.UserId)) errors["userId"] = ["required: 1-64 letters, digits, '_', '.', '@', '-'"];
            if (!Roles.IsKnown(body.Role)) errors["role"] = [$"one of {string.Join(", ", Roles.All)}"];
            var needsShop = body.Role is Roles.Agent or Roles.Bot;
            if (needsShop ? !Identifiers.IsValid(body.ShopId) : body.ShopId is not null && !Identifiers.IsValid(body.ShopId))
                errors["shopId"] = ["required for agents and bots: 1-64 letters, digits, '_', '.', '@', '-'"];
            if (errors.Count > 0) return Results.ValidationProblem(errors);
            var identity = new ChatIdentity(body.Tenant!, body.ShopId, body.UserId!, body.Role!);
            return Results.Ok(new Response(issuer.Issue(identity)));
        }).AllowAnonymous()
            .WithSummary("Development only: a bearer token for a tenant, shop, user and role")
            .Produces<Response>()
            .ProducesValidationProblem();
        return app;
    }
}
