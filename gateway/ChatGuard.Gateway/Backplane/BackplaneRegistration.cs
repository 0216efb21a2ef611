using ChatGuard.Gateway.Redis;
using Microsoft.AspNetCore.SignalR;
using SignalRRedisOptions = Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisOptions;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// Several nodes: SignalR's own Redis backplane on the application's one <see cref="IConnectionMultiplexer"/> when
/// <c>ChatGuard:Redis:Configuration</c> is set (the connection puts its channels under the deployment's prefix); SignalR's single-node
/// default otherwise.
/// </summary>
public static class BackplaneRegistration
{
    public static ISignalRServerBuilder AddBackplane(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        var services = signalR.Services;
        services.AddSingleton<BackplaneMetrics>();
        services.AddSingleton<LiveEvents>();
        services.AddSingleton<LocalAudience>();
        services.Configure<HubOptions>(o => o.AddFilter<LocalAudienceFilter>());
        if (!configuration.IsRedisConfigured()) return signalR;
        signalR.AddStackExchangeRedis();
        services.AddOptions<SignalRRedisOptions>()
            .Configure<IConnectionMultiplexer>((o, connection) => o.ConnectionFactory = _ => Task.FromResult(connection));
        return signalR;
    }
}
