using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Backplane;

/// <summary>Several nodes: SignalR over Redis when <c>ChatGuard:Redis:Configuration</c> is set; SignalR's single-node default otherwise.</summary>
public static class BackplaneServices
{
    public const string RedisConfigurationKey = "ChatGuard:Redis:Configuration";

    public static WebApplicationBuilder AddBackplane(this WebApplicationBuilder builder)
    {
        var redis = builder.Configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis)) return builder;
        var services = builder.Services;
        services.AddOptions<BackplaneOptions>().Bind(builder.Configuration.GetSection(BackplaneOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            // A node starts and serves its own connections while Redis is down; the multiplexer keeps reconnecting.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddSingleton<BackplaneMetrics>();
        services.AddSingleton<IBackplaneBus, RedisBackplaneBus>();
        // Registered after AddSignalR's TryAdd of DefaultHubLifetimeManager<>, so this one is resolved.
        services.AddSingleton(typeof(HubLifetimeManager<>), typeof(RedisHubLifetimeManager<>));
        return builder;
    }
}
