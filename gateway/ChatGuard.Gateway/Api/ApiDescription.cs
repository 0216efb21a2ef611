using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace ChatGuard.Gateway.Api;

/// <summary>
/// <c>/openapi/v1.json</c>: every REST endpoint with its request and response schemas, status codes and the bearer
/// scheme; in Development also an API reference page at <c>/api-reference</c>. The hub contract is in
/// <c>docs/hub-contract.md</c> (OpenAPI does not describe SignalR).
/// </summary>
public static class ApiDescription
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddApiDescription(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ChatGuard gateway",
                    Version = "v1",
                    Description = "Real-time chat moderation gateway: history, review queue, sanctions, blocks, shop service figures, "
                        + "attachments and text scanning. Tokens: POST /dev/token in Development; your identity provider's otherwise. "
                        + "The chat itself runs over the SignalR hubs /hubs/chat and /hubs/moderation (docs/hub-contract.md).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "HMAC-signed token naming tenant, shop, user and role (buyer, agent, moderator, bot).",
                };
                return Task.CompletedTask;
            });
            // Endpoints that require a user carry the bearer requirement and its two refusals.
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
                operation.Responses ??= [];
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid bearer token" });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's role may not call this" });
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapApiDescription(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        if (app.Environment.IsDevelopment())
            app.MapScalarApiReference("/api-reference", o => o.WithTitle("ChatGuard API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        return app;
    }
}
