namespace ChatGuard.Gateway.Redis;

/// <summary>Registers <see cref="IRedisClient"/> and its readiness check when <c>ChatGuard:Redis:Configuration</c> is set; nothing otherwise.</summary>
public static class RedisServices
{
    public static bool IsRedisConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.Section}:Configuration"]);

    public static WebApplicationBuilder AddRedis(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.IsRedisConfigured()) return builder;
        builder.Services.AddOptions<RedisOptions>().Bind(builder.Configuration.GetSection(RedisOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<StackExchangeRedisClient>();
        builder.Services.AddSingleton<IRedisClient>(sp => sp.GetRequiredService<StackExchangeRedisClient>());
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }
}
