using System.Threading.RateLimiting;
using ChatGuard.Gateway.Accounts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>Rate and connection limits, allowed origins (CORS) and retention, from <c>ChatGuard:Security</c>.</summary>
public static class SecurityRegistration
{
    public const string CorsPolicy = "chatguard-origins";

    public static IServiceCollection AddChatGuardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SecurityMetrics>();
        services.AddSingleton<OriginPolicy>();
        services.AddSingleton<MessageRateLimits>();
        services.AddSingleton<RefusalHubFilter>();
        services.AddSingleton<ConnectionGuardHubFilter>();
        services.AddSingleton<HubCallRateLimitFilter>();
        // Outermost first: refusals of every later filter and of the hubs pass through RefusalHubFilter.
        services.Configure<HubOptions>(o =>
        {
            o.AddFilter<RefusalHubFilter>();
            o.AddFilter<ConnectionGuardHubFilter>();
            o.AddFilter<HubCallRateLimitFilter>();
        });
        // Issue 18 item 5: SignalR's only Error entry here is "failed to invoke", logged with the caller's values in the
        // exception; RefusalHubFilter logs every refusal (Information) and failure (Error) itself. The rest is Debug and Trace.
        services.Configure<LoggerFilterOptions>(o => o.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.None));
        services.AddHostedService<RetentionPurge>();

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<OriginPolicy>((o, origins) =>
            o.AddPolicy(CorsPolicy, policy => policy
                .SetIsOriginAllowed(origins.IsAllowedForAnyTenant)
                .AllowAnyHeader().WithMethods("GET", "POST").AllowCredentials()));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<SecurityMetrics>().RateLimited("http");
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
                return ValueTask.CompletedTask;
            };
            // Per user when the caller is known, per client address otherwise; hub traffic has its own buckets.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue;
                var key = http.User.Identity?.IsAuthenticated == true && ChatIdentity.TryFrom(http.User, out var who)
                    ? "user:" + who.UserKey
                    : "ip:" + http.Connection.RemoteIpAddress;
                if (http.Request.Path.StartsWithSegments("/hubs"))
                {
                    // Issue 18 item 10: each connection attempt starts with a negotiate; the transport requests that
                    // follow (WebSocket, or a long poll per message) belong to a negotiated connection and its hub limits.
                    return http.Request.Path.Value!.EndsWith("/negotiate", StringComparison.Ordinal)
                        ? RateLimitPartition.GetTokenBucketLimiter("negotiate:" + key, _ => TokenBuckets.PerMinute(limits.NegotiationsPerMinute))
                        : RateLimitPartition.GetNoLimiter("hubs");
                }
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => TokenBuckets.PerMinute(limits.HttpRequestsPerMinute));
            });
        });
        return services;
    }

    /// <summary>
    /// Issue 18 item 9: SignalR's JSON protocol wrapped so it answers what it cannot bind instead of closing the
    /// connection. Call it after <c>AddSignalR</c>, as with <c>AddJsonProtocol</c>; it replaces the protocol named "json".
    /// </summary>
    public static ISignalRServerBuilder AddGuardedJsonProtocol(this ISignalRServerBuilder signalR)
    {
        signalR.Services.RemoveAll<IHubProtocol>();
        signalR.Services.AddSingleton<JsonHubProtocol>();
        signalR.Services.AddSingleton<IHubProtocol, GuardedJsonHubProtocol>();
        return signalR;
    }

    /// <summary>After authentication, so the HTTP limiter can partition by user.</summary>
    public static IApplicationBuilder UseChatGuardSecurity(this IApplicationBuilder app) => app.UseRateLimiter();
}
