using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// Registers the application's one <see cref="IConnectionMultiplexer"/> (counters and the SignalR backplane share it),
/// its circuit and its readiness check when <c>ChatGuard:Redis:Configuration</c> is set; nothing otherwise.
/// </summary>
public static class RedisRegistration
{
    public static bool IsRedisConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.Section}:Configuration"]);

    public static WebApplicationBuilder AddRedis(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.IsRedisConfigured()) return builder;
        var services = builder.Services;
        services.AddOptions<RedisOptions>().Bind(builder.Configuration.GetSection(RedisOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IConnectionMultiplexer>(sp =>
            RedisConnection.Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value, sp.GetRequiredService<ILogger<RedisConnection>>()));
        services.AddSingleton<RedisCircuit>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }
}
