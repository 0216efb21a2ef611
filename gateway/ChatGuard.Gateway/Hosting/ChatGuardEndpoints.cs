using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.AgentDesk;
using ChatGuard.Gateway.Api;
using ChatGuard.Gateway.Attachments;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.FlagClaims;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.OrderContext;
using ChatGuard.Gateway.Pages;
using ChatGuard.Gateway.QuickReplies;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.Telemetry;
using ChatGuard.Gateway.Sanctions;
using ChatGuard.Gateway.ServiceLevel;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatGuard.Gateway.Hosting;

/// <summary>Maps the hubs and endpoints of DESIGN.md's service contract.</summary>
public static class ChatGuardEndpoints
{
    public static WebApplication MapChatGuard(this WebApplication app)
    {
        // Malformed JSON and wrong types are the client's error (400 with a problem body), not a server fault.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseWebSockets();
        app.UseCors(SecurityRegistration.CorsPolicy);
        app.MapPages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseChatGuardSecurity();

        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous()
            .WithSummary("200 while the process serves").Produces<string>(contentType: "text/plain");
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous()
            .WithSummary("200 when the store (and Redis, where configured) answer, 503 otherwise");
        if (app.Environment.IsDevelopment()) app.MapDevToken();

        // Issue 18 item 8: a connection lives no longer than its token; clients reconnect with a fresh one.
        app.MapHub<ChatHub>("/hubs/chat", o => o.CloseOnAuthenticationExpiration = true);
        app.MapHub<ModerationHub>("/hubs/moderation", o => o.CloseOnAuthenticationExpiration = true);
        app.MapConversationApi();
        app.MapShopConversationApi();
        app.MapHandoffApi();
        app.MapQuickReplies();
        app.MapOrderContext();
        app.MapAgentDesk();
        app.MapFlagClaims();
        app.MapModerateApi();
        app.MapFlags();
        app.MapAttachments();
        app.MapTelemetry();
        app.MapSanctions();
        app.MapBlocks();
        app.MapAssessmentApi();
        app.MapApiDescription();
        return app;
    }
}
