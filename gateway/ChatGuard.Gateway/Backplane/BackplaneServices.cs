using ChatGuard.Gateway.Redis;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Backplane;

/// <summary>Several nodes: SignalR over Redis when <c>ChatGuard:Redis:Configuration</c> is set; SignalR's single-node default otherwise.</summary>
public static class BackplaneServices
{
    public static WebApplicationBuilder AddBackplane(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.IsRedisConfigured()) return builder;
        var services = builder.Services;
        services.AddOptions<BackplaneOptions>().Bind(builder.Configuration.GetSection(BackplaneOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BackplaneMetrics>();
        services.AddSingleton<IBackplaneBus, RedisBackplaneBus>();
        // Registered after AddSignalR's TryAdd of DefaultHubLifetimeManager<>, so this one is resolved.
        services.AddSingleton(typeof(HubLifetimeManager<>), typeof(RedisHubLifetimeManager<>));
        return builder;
    }
}
